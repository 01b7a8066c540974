x = a.b.c[1](2).d
y = not a == b
z = -x ** 2
w = (yield_ := 1)
v = [1, 2][0]
u = (1, 2)[::-1]
t = {1: 2}.get(1)
s = "a" "b".upper()
r = b"x"[0]
q = ...
p = x[...]
o = ....__class__
