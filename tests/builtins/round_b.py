# round() with ints, floats, ndigits and custom __round__.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(3.14159, 2), round(2.675, 2), round(1234.5, -1), round(1250, -2), round(1350, -2), round(-15, -1))
print(round(5), round(5, 2), round(5, -1), round(15, -1), round(25, -1), round(10 ** 30 + 5 * 10 ** 9, -10))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(15, -1)).__name__)
print(round(True), round(0.0), round(-0.0), round(-0.0, 1), round(1e-20, 5), round(123.456, None))
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print('TypeError', e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print('TypeError', e)
