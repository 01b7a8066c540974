# List operators, comparisons, copying, aliasing, nested printing.
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a is c, a == b)
print(a + [5], [0] * 3, 2 * ['x'], a * 0, [[]] * 3)
grid = [[0] * 3] * 2
grid[0][0] = 'shared'
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 'separate'
print(grid2)
x = [1]
x += [2, 3]
x += 'ab'
x += (9,)
print(x)
x *= 2
print(x)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [0], [1, 2] == [1, 2.0])
print([[1, [2, [3, [4]]]]], [None, True, 'str', 1.5, (1,), {'a': [1]}])
print(len([[], []]), [] == [], [] is [], bool([[]]))
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError', e)
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError', e)
print(list('abc'), list((1, 2)), list(range(3)), list({'k': 1}), list(), list(x for x in [7]))
print([i for i in reversed([1, 2, 3])], list(reversed(a)), a[::-1])
nested = [1, [2, 3]]
shallow = nested.copy()
shallow[1].append(4)
print(nested, shallow)
print(max([3, 9, 2]), min([3, 9, 2]), sum([1, 2, 3]), [1, 2, 3].index(3))
e = []
e.append(e)
print(e, len(e))
