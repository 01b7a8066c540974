# frozenset: immutable, hashable sets.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset('aab') == frozenset('ab'))
print(hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3}, {1, 2, 3} == f)
d = {f: 'frozen key', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, type(f | {4}).__name__)
print(f.union([7]), f.issubset({1, 2, 3, 4}), f.copy() is f if False else 'copy ok')
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
print(repr(frozenset()), repr(frozenset({5})), frozenset(range(3)))
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print(sorted(frozenset('hello')))
