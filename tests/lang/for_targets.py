# for-loop targets: names, tuples, starred, attributes and subscripts.
class NS: pass
ns = NS()
for ns.attr in [1, 2, 3]:
    pass
print(ns.attr)
d = {}
for d['k'] in 'xyz':
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate('abc'):
    pass
print(lst)
for first, *rest in [(1, 2, 3), (4,), 'hey']:
    print(first, rest)
for *init, last in ['ab', [1, 2, 3]]:
    print(init, last)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for [x, y] in [[5, 6]]:
    print(x, y)
pairs = {'one': 1, 'two': 2}
for key, value in pairs.items():
    print(key, value)
for i, (k, v) in enumerate(pairs.items()):
    print(i, k, v)
for _ in range(2):
    print('underscore', _)
