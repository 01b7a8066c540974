# iter() and next(), including the sentinel form and next's default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
data = iter(['a', 'b', 'STOP', 'c'])
print(list(iter(lambda: next(data), 'STOP')))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it2 = iter('xy')
print(iter(it2) is it2, type(it2).__name__)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5, 5)
except TypeError as e:
    print('TypeError', e)
class Iterable:
    def __iter__(self):
        return iter([10, 20])
print(list(Iterable()), next(iter(Iterable())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
d = {'k1': 1, 'k2': 2}
di = iter(d)
print(next(di), next(di), next(di, 'end'))
lines = iter(['line1\n', 'line2\n', '\n', 'after'])
print(list(iter(lines.__next__, '\n')))
