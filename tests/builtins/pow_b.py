# pow() with two and three arguments.
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else 'skip', pow(0, 0), pow(5, 0))
print(pow(2, 10, 1000), pow(7, 123456789, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, -1, 10), pow(5, 2, -7))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(10 ** 20, 10 ** 20, 97))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, -1, 6)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2.5, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
class P:
    def __pow__(self, e, m=None):
        return ('pow', e, m)
    def __rpow__(self, b):
        return ('rpow', b)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), 2 ** P())
