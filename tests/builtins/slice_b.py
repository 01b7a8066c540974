# slice() built-in.
print(slice(3), slice(1, 3), slice(1, 3, 2), slice(None, None, None))
s = slice(2, None, -1)
print(s.start, s.stop, s.step, [0, 1, 2, 3][s], 'abcd'[s])
print(slice(1, 5, 2).indices(3), slice(-1, None, -1).indices(4))
try:
    slice()
except TypeError as e:
    print('TypeError', e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(0) == slice(None, 0))
