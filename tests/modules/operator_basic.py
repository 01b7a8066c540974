import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(2, 3), op.mul('a', 3), op.abs(-4), op.neg(5), op.truth([]), op.contains([1], 1))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(1)), itemgetter(0, 2)('abc'))
class P: pass
p = P(); p.x = P(); p.x.y = 7
print(attrgetter('x.y')(p), methodcaller('split', ',')('a,b'), repr(itemgetter(1)))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.length_hint(iter([1,2])), op.iadd([1], [2]))
