if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    x -= 1
while True:
    break
else:
    pass
for i in range(10):
    continue
for i, j in pairs:
    pass
else:
    done = True
for (a, b), c in x:
    pass
for [a, b] in y:
    pass
for x.attr in y:
    pass
for x[0] in y:
    pass
for a, *b in c:
    pass
for x in a, b, c:
    pass
for x in *a, *b:
    pass
while (n := next(it)) is not None:
    pass
if x := f():
    pass
