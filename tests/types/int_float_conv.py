# Conversions between int and float: rounding of big ints, truncation of floats.
for n in (2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6,
          10 ** 22, 10 ** 23, 2 ** 63 - 1, -(2 ** 63) + 1, 2 ** 1023, 12345678901234567890):
    f = float(n)
    print(n, repr(f), int(f), int(f) - n)
for f in (0.0, -0.0, 0.999, -0.999, 1e15 + 0.5, 1.5e16, 1e300, -2.5, 123.456):
    print(repr(f), int(f), round(f), int(f) == f)
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError', e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print('OverflowError', e)
print((2 ** 1024) // 2 ** 1000, 2 ** 1100 / 2 ** 1000, (10 ** 400) / (10 ** 399))
print(1 / 3 == 1 / 3.0, 2 ** 70 / 2 ** 69, (2 ** 70 + 1) / 2, 7 / 10 ** 30)
print(int(1e23), int(-1e23), int(float(10 ** 23)))
