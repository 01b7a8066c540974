# dict construction, access, mutation, order.
d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 2 in d, list(d))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=0))
print(dict(zip('abc', range(3))), dict([['p', 1]]), dict((k, k * 2) for k in range(3)))
d['a'] = 'updated'
print(d)
del d['b']
d['b'] = 'reinserted'
print(d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    d[['list']] = 1
except TypeError as e:
    print('TypeError', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
print({1: 'int', 1.0: 'float overwrites value, keeps key'}, {True: 'x', 1: 'y'})
keys = {None: 0, (1, 2): 1, 'str': 2, 3.5: 3, frozenset([1]): 4, b'b': 5, -1: 6}
print(keys[None], keys[(1, 2)], keys[frozenset([1])], keys[b'b'], keys[-1])
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 1.0})
try:
    {} < {}
except TypeError as e:
    print('TypeError', e)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big.values()), list(big)[:5])
e = {}
e[2] = 'two'
e[1] = 'one'
e[3] = 'three'
print(e, list(e.items()))
print(dict.__name__, {}.__len__(), {'k': 1}.__getitem__('k'))
