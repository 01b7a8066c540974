# round() with floats: banker's rounding and ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 2), round(v, 0))
print(round(3.14159, 3), round(3.14159, 1), round(-3.14159, 2), round(1234.5678, -2))
print(round(1234.5678, -1), round(1250.0, -2), round(1350.0, -2), round(0.125, 2))
print(round(0.375, 2), round(2.5, None), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e300, 2), round(1.23e-5, 6), round(5e-324, 5))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(7, 2))
print(round(10 ** 20 + 5, -1), type(round(7, 2)).__name__)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(round(float('inf'), 2), round(float('nan'), 2))
print([round(x / 10, 1) for x in range(-5, 6)])
print([round(x + 0.5) for x in range(-4, 5)])
