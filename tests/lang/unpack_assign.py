# Tuple/list unpacking in assignment.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, = [42]
print(h)
i, j, k = range(3)
print(i, j, k)
x, (y, [z, w]) = 1, (2, [3, 4])
print(x, y, z, w)
p = q = r = 'same'
print(p, q, r, p is r)
s = t = []
s.append(1)
print(t)
lst = [0, 0]
lst[0], lst[1] = 'a', 'b'
print(lst)
d = {}
d['x'], d['y'] = 1, 2
print(d)
class O: pass
o = O()
o.a, o.b = 'oa', 'ob'
print(o.a, o.b)
m, n = {'k1': 1, 'k2': 2}
print(m, n)
it = iter([7, 8])
u, v = it
print(u, v)
try:
    a, b = 1, 2, 3
except ValueError as err:
    print(err)
try:
    a, b, c = 1, 2
except ValueError as err:
    print(err)
try:
    a, b = 5
except TypeError as err:
    print(err)
arr = [1, 2, 3]
i = 0
i, arr[i] = 1, 'set'
print(i, arr)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
