# float() from strings and other types.
for s in ['1', '1.5', '-2.25', '  3.0  ', '1e5', '1E-5', '.5', '5.', '+1.0', '-0',
          '1_000.5', '0x1p3' if False else '8', 'inf', '-Infinity', 'nan', '1e400',
          '-1e400', '1e-400', '00012.5', '\n7\t', '2.5e+03', '١٢.٥']:
    print(repr(s), float(s))
for s in ['', 'abc', '1.2.3', '1e', 'e5', '1__0', '_1', '0x10', '1,5', '- 1', 'infinit']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
print(float(7), float(-7), float(2 ** 80), float(True), float())
print(float(b'1.5'), float(bytearray(b'2.5')))
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    float(None)
except TypeError as e:
    print('TypeError', e)
try:
    float([1])
except TypeError as e:
    print('TypeError', e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), (2.5).hex(), (1.0).hex(), (0.1).hex())
