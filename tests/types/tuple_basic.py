# Tuples: construction, repr, methods, operators, immutability.
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 0}))
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t[0], t[-1], t[2:5], t[::-1], t[::3], len(t), t.count(1), t.index(4), t.index(1, 2))
print(t + (0,), (0,) * 3, 2 * (1, 2), t * 0, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
print(4 in t, 7 not in t, max(t), min(t), sum(t), sorted(t))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t.index(100)
except ValueError as e:
    print('ValueError', e)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)
nested = ([1, 2], 'x')
nested[0].append(3)
print(nested)
a, b = (1, 2)
print(a, b, type((1)).__name__, type((1,)).__name__)
print(((1, 2), (3, (4, 5))), ((),), (None,), ('single',))
print(repr((1,)), str(('a', 'b')), repr(tuple()))
print(tuple(x * 2 for x in range(3)), (*range(2), *'ab'))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print((1, 2, 3) > (1, 2), (1, 'a') < (1, 'b'), (2,) > (1, 'z'))
print((1, 2).__len__(), (1, 2).__getitem__(0), tuple.__name__)
