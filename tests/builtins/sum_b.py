# sum() with start values.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum((x * x for x in range(4)), start=100))
print(sum([True, True, False]), sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308, -1e308]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(self.x + o)
print(sum([V(1), V(2), V(3)]).x, sum([V(1)], V(10)).x)
