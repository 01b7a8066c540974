# Tuple hashing and use as dict keys / set members.
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
for t in [(), (0,), (1,), (1, 2), (2, 1), (1, (2, 3)), (-1,), (1, 2, 3, 4, 5), (True, False), (2 ** 100,)]:
    print(t, hash(t))
d = {(0, 0): 'origin', (1, 0): 'east'}
print(d[(0, 0)], d[1, 0], (0, 1) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    {(1, {}): 1}
except TypeError as e:
    print('TypeError', e)
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * 3 + y
print(grid[2, 1], len(grid), list(grid)[:4])
