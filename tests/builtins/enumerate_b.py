# enumerate()
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
e = enumerate(['x', 'y'])
print(type(e).__name__, next(e), next(e), next(e, 'done'))
for i, (a, b) in enumerate(zip('pq', 'rs')):
    print(i, a, b)
print(dict(enumerate('xyz')), list(enumerate(enumerate('ab'))))
try:
    enumerate(5)
except TypeError as e:
    print('TypeError', e)
g = (c for c in 'hi')
print(list(enumerate(g)), list(enumerate(g)))
