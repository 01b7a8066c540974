# frozenset() constructor.
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)), frozenset({4: 'a'}), frozenset((x for x in [5])))
f = frozenset([1])
print(frozenset(f) is f, sorted(frozenset('hello')))
try:
    frozenset(5)
except TypeError as e:
    print('TypeError', e)
try:
    frozenset([[1]])
except TypeError as e:
    print('TypeError', e)
