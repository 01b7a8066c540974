# Bitwise operations with negative and big integers (two's complement semantics).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70 - 1, -(2 ** 70)]
for a in vals:
    print(a, ~a, a & 0xff, a | 0x100, a ^ -1, a & -a if a else 0)
for a in (12, -12, 2 ** 65 + 12):
    for b in (10, -10, 2 ** 66 - 10):
        print(a & b, a | b, a ^ b)
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1)
print((-(2 ** 64)) & (2 ** 64 - 1), (-(2 ** 64)) | (2 ** 64 - 1))
print(0 & -1, 0 | -1, 0 ^ -1)
print(bin(-37 & 0xff), bin(~37 & 0xff))
print((1 << 64) - 1 ^ (1 << 63), hex((1 << 128) - 1 & ~(1 << 127)))
