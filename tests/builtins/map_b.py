# map() with one and several iterables.
print(list(map(str, [1, 2, 3])), list(map(lambda x: x * x, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda a, b, c: a * b * c, [1, 2], [3, 4, 5], [6, 7, 8, 9])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(max, 'abc', 'bzz')))
m = map(int, ['1', '2'])
print(type(m).__name__, next(m), list(m), list(m))
calls = []
lazy = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(map(len, [])), dict(map(lambda kv: (kv[1], kv[0]), {'a': 1}.items())))
try:
    map(None, [1])
    print(list(map(None, [1])))
except TypeError as e:
    print('TypeError', e)
try:
    map(str)
except TypeError as e:
    print('TypeError', e)
print(list(map(str.upper, 'hey')), list(map(int.__add__, [1, 2], [3, 4])))
