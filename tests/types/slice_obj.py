# slice objects and slice.indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None).indices(10), slice(None, None, -1).indices(10))
print(slice(-3, None).indices(10), slice(-100, 100).indices(10), slice(10, -10, -2).indices(6))
print(slice(None, None, -2).indices(0), slice(3, 1).indices(5))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
lst = list(range(10))
print(lst[s], lst[slice(None, None, 3)], 'abcdef'[slice(-2, None)], (1, 2, 3)[slice(1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice('a', 'b', 'c'), slice([1], None).start)
try:
    hash(slice(1, 2))
    print('hashable')
except TypeError as e:
    print('TypeError', e)
for start in (None, -1, 2):
    for stop in (None, -2, 8):
        for step in (None, 1, -1, 3):
            sl = slice(start, stop, step)
            print(sl.indices(7), list(range(7))[sl] == list(range(*sl.indices(7))))
