# Integer exponentiation, three-argument pow and negative exponents.
print(2 ** 10, 2 ** 64, (-2) ** 63, (-3) ** 4, 0 ** 0, 10 ** 0)
print(2 ** -1, 4 ** -2, (-2) ** -3, type(2 ** -1).__name__)
print(pow(2, 100), pow(2, 100, 1000007), pow(-2, 101, 1000007))
print(pow(3, 0, 7), pow(3, 1, 1), pow(0, 0, 5), pow(7, 2, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(2, -1, 9), pow(10, -1, 17))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(2 ** 100 + 7, 2 ** 50, 2 ** 61 - 1))
print(1 ** -5, (-1) ** -5, (-1) ** 10 ** 6)
print(pow(5, 3), pow(5, 3, None))
print(2 ** 0.5 == pow(2, 0.5), (-8) ** (1 / 3) if False else 'skip')
print(10 ** 308 * 10 == 10 ** 309, float(10 ** 308))
