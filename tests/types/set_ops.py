# set operators on small ints (printed directly: their order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a < b, {1, 2} < a, a <= a, a < a, a > {1}, a >= {1, 2, 3, 4}, a == {4, 3, 2, 1})
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
print({1, 2} | frozenset({3}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError', e)
print(set(), set([3, 1, 2]), set(range(5)), {0, 8, 16, 32}, {-1, -2, 5})
print(set('aaa'), len(set('mississippi')), sorted(set('mississippi')))
print(1 in a, 9 in a, {1, 2} == {2, 1}, {1} != {1.0})
print({x * x for x in range(-3, 4)}, {i % 5 for i in range(100)})
