# Bitwise operators including negative numbers and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10)
print(1 << 0, 1 << 10, 1 << 100, 5 << 3)
print(1024 >> 3, 1023 >> 3, -1 >> 5, -1024 >> 3, -1023 >> 3)
print((1 << 100) >> 99, (1 << 100) >> 200, -(1 << 100) >> 200)
print(2 ** 70 & 2 ** 70 - 1, 2 ** 70 | 1, (2 ** 70 + 5) ^ 2 ** 70)
print(-(2 ** 70) & 0xff, -(2 ** 70) | 0xff, ~(2 ** 70))
print(0xff00 & 0x0ff0, 0xff00 | 0x0ff0, 0xff00 ^ 0x0ff0)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True & 3).__name__)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(1 << 2 + 1, (1 << 2) + 1)
x = 0b1011
x &= 0b0110
print(bin(x))
x |= 0b1000
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
print(-5 >> 1, -5 // 2, 5 >> 1)
print(hex(0xdeadbeef & ~0xffff), hex(-1 & 0xffffffff))
