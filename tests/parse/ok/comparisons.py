a < b
a <= b < c
a == b != c
a > b >= c
a is b
a is not b
a in b
a not in b
a < b not in c is not d in e
x = a is not None and b not in (1, 2)
y = not a in b
z = 1 < 2 < 3 < 4 < 5
