pass
x = 1; y = 2; z = 3
x = 1;
del a
del a, b
del a[0], b.c
del (a, b), [c, d]
del a,
del (a)
assert x
assert x, "message"
raise
raise E
raise E("x") from None
global g1
global g1, g2
print(x)
print
...
1
"docstring-like"
if x: pass
while x: break
for x in y: continue
if a: b = 1; c = 2
class A: pass
def f(): return 1
with a: pass
try: pass
except: pass
