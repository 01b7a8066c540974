# Shift operators on ints, including big and negative values.
for a in (1, 3, -1, -3, 255, -255, 2 ** 62, -(2 ** 62)):
    print(a, [a << n for n in (0, 1, 2, 31, 32, 63, 64, 65)])
    print(a, [a >> n for n in (0, 1, 2, 31, 32, 63, 64, 65, 200)])
print((1 << 1000) >> 998, -(1 << 1000) >> 999, (1 << 1000) >> 1001)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
print(0 << 100000, -5 >> 100000, 5 >> 100000)
print(True << 3, 3 >> True)
