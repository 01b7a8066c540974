# int arithmetic across the small/big boundary.
vals = [0, 1, -1, 7, -7, 2 ** 31 - 1, -2 ** 31, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64 + 3]
for a in vals:
    print(a, a + 1, a - 1, a * 3, -a, a * a)
print(sum(vals), max(vals), min(vals))
x = 1
for i in range(70):
    x *= 3
print(x)
for i in range(70):
    x //= 3
print(x)
print(2 ** 64 - 2 ** 64, (2 ** 64) * 0, 2 ** 64 * -1)
print((2 ** 100 + 1) - 2 ** 100, 2 ** 100 - (2 ** 100 + 1))
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 * -1, -9223372036854775808 // -1)
print(4611686018427387904 + 4611686018427387904)
print(int(True) + int(False), 5 * True)
print(abs(-2 ** 80), abs(2 ** 80))
print(123456789 * 987654321, 111111111 ** 2)
print(10 ** 18 + 10 ** 18, 10 ** 19 - 1)
a = 2 ** 200
b = 3 ** 120
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
