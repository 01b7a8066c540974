# repr(float) round-trips for many generated values.
vals = []
x = 1.0
for i in range(200):
    x = x * 1.37 + 0.001 * i
    vals.append(x)
    vals.append(1 / x)
ok = all(float(repr(v)) == v for v in vals)
print(ok, len(vals))
print([repr(v) for v in vals[:12]])
print([repr(v) for v in vals[-6:]])
y = 0.0
for i in range(50):
    y += 0.1
print(repr(y), y == 5.0, round(y, 10))
print([repr(i / 7) for i in range(1, 8)])
print([repr(2.0 ** -i) for i in range(0, 70, 10)])
print([repr(10.0 ** i) for i in range(-8, 25, 4)])
print([str(float(n)) for n in (1, 12, 123456789, 10 ** 15, 10 ** 16, 10 ** 17, 2 ** 60)])
