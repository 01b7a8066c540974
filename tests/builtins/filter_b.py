# filter()
print(list(filter(None, [0, 1, '', 'a', [], [0], None, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isupper, 'aBcDe')))
f = filter(lambda x: x > 2, [1, 5, 2, 7])
print(type(f).__name__, next(f), list(f), list(f))
calls = []
def pred(x):
    calls.append(x)
    return x
lazy = filter(pred, [1, 2, 3])
print(calls)
next(lazy)
print(calls)
print(list(filter(bool, ['x', ''])), tuple(filter(None, (0, 0.0, 3))))
try:
    filter(None, 5)
except TypeError as e:
    print('TypeError', e)
