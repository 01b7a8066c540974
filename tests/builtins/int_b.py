# int() constructor.
print(int(), int(5), int(-5.9), int('12'), int('-0'), int(' 7 '), int('0x1f', 16), int('z', 36), int(True))
print(int('1010', base=2), int('0o17', 0), int(2 ** 100 + 0.0) == 2 ** 100, int(b'42'))
class I:
    def __int__(self):
        return 99
class X:
    def __index__(self):
        return 7
print(int(I()), int(X()))
for args in [('x',), ('1.5',), ([1],), ('12', 2), ('1', 40), (None,)]:
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 'nope'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
print(int('١٢٣'), int('  -1_000  '))
