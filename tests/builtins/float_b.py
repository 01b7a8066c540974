# float() constructor.
print(float(), float(3), float(-3), float('3.5'), float('  -1e3 '), float(True), float(2 ** 60))
print(float('inf'), float('-inf'), float('nan'), float('1_0.5'), float(b'7'))
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
for bad in ('', 'x', '1.2.3', [1], None):
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadF:
    def __float__(self):
        return 'no'
try:
    float(BadF())
except TypeError as e:
    print('TypeError', e)
