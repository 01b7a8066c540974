# bin(), oct(), hex()
for n in (0, 1, -1, 7, -8, 255, 256, 2 ** 32, -(2 ** 64), 12345678901234567890):
    print(n, bin(n), oct(n), hex(n))
print(bin(True), hex(False))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print('TypeError', e)
print(int(bin(1000), 0), int(oct(1000), 0), int(hex(1000), 0), int(hex(-1000), 16))
