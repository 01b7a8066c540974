a = lambda: 0
b = lambda x: x
c = lambda x, y: x + y
d = lambda x=1: x
e = lambda *args: args
f = lambda **kw: kw
g = lambda x, *, y: y
h = lambda x, /, y: y
i = lambda x=1, /, y=2, *a, z, w=3, **k: 0
j = lambda *, k=1: k
k = lambda: lambda: lambda: 0
l = lambda x: (yield)
m = lambda x=lambda: 1: x()
n = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
o = (lambda: 1)()
p = lambda x: x if x else lambda y: y
