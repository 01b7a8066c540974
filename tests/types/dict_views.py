# dict views: keys/values/items, dynamic updates, set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
d['d'] = 4
print(list(k), list(v), list(i))
del d['a']
print(k, len(v))
print(sorted(k & {'b', 'c', 'z'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, k <= {'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(sorted(i & {('b', 2), ('c', 0)}), sorted(i - {('b', 2)}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError', e)
e = {1: 'x'}
print(e.keys() & [1, 2], e.values() == e.values(), list(e.values()) == ['x'])
print(sorted({'x': 1}.keys() | {'y': 2}.keys()))
m = dict(a=1)
print(m.keys().mapping if hasattr(m.keys(), 'mapping') else 'no mapping attr')
