# Subscript syntax: slices, extended slices, tuples, Ellipsis.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1:2], s[1:2:3], s[:], s[::], s[::-1], s[:5], s[2:])
print(s[1, 2], s[1:2, 3], s[..., 1], s[:, :], s[()], s[-1])
print(s['key'], s[None:None], s[1:2,])
lst = list(range(10))
print(lst[2:5], lst[-3:], lst[:-7], lst[::3], lst[::-2], lst[7:2:-1])
print(lst[100:], lst[-100:2], lst[5:2], lst[2:2])
print('hello'[1:-1], 'hello'[::-1], (1, 2, 3)[::2])
i, j = 1, 4
print(lst[i:j], lst[i + 1:j * 2], lst[len(lst) // 2:])
print(lst[slice(2, 8, 2)], lst[slice(None, 3)])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in grid], grid[1][::-1], grid[::-1][0])
print(s[1:2].start, s[::3].step, s[:4].stop, type(s[:]).__name__)
