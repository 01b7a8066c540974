# Container displays: list, tuple, dict, set, nesting, trailing commas, stars.
print([], [1], [1, 2, 3,], [[1, 2], [3, [4, [5]]]])
print((), (1,), (1, 2), (1, 2,), ((1,), (2,)))
print({}, {'a': 1}, {'a': 1, 'b': [1, 2], 'c': {'d': None},})
print({1}, {1, 2, 3}, {3, 2, 1}, set())
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b})
print({**{'x': 1}, 'y': 2, **{'z': 3, 'x': 9}})
print([0] * 3, [[0] * 2] * 2)
t = 1, 2, 3
print(t, type(t).__name__)
print(1,)
print({'k': (1, 2)}, [{'a': 1}, {'b': 2}])
print({1: 'one', 2.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?'})
print([None, True, False, ..., 'str', b'b', 1.5])
print({1: 1, 1.0: 2})
print(len([1, [2, 3], (4, 5, 6)]))
nested = {'list': [1, {'deep': (1, [2])}]}
print(nested['list'][1]['deep'][1][0])
print([x for x in ()], ((),), [()])
print({(): ()}, {frozenset(): 1})
