# Slice assignment and deletion, including extended slices.
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[::2] = ['E'] * len(l[::2])
print(l)
l[1::3] = 'xyz'[:len(l[1::3])] if len(l[1::3]) <= 3 else ['x'] * len(l[1::3])
print(l)
m = list(range(10))
m[::-2] = [f'r{i}' for i in range(5)]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
n = list(range(10))
del n[::3]
print(n)
del n[1:-1:2]
print(n)
del n[5:100]
print(n)
n[:] = 'abc'
print(n)
n[1:1] = range(3)
print(n)
n[10:20] = ['end']
print(n)
n[-2:] = []
print(n)
n[:] = []
print(n)
p = [1, 2, 3]
p[0:3] = p
print(p)
q = [0, 1, 2, 3, 4, 5]
q[4:1:-1] = ['a', 'b', 'c']
print(q)
q[1:3] = (x * 2 for x in range(4))
print(q)
try:
    q[1:2] = 5
except TypeError as e:
    print('TypeError', e)
