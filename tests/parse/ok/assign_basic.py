x = 1
y = z = x + 2
a, b = b, a
(c, d), e = (1, 2), 3
[f, g] = h = [4, 5]
first, *rest = range(10)
*init, last = "abc"
a, *b, c = 1, 2, 3, 4
obj.attr = 5
obj.a.b.c = 6
seq[0] = seq[1:3] = None
d[k], d[j] = 1, 2
t = 1,
u = ()
v = (1,)
w = x, y,
