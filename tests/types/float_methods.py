# float methods: is_integer, as_integer_ratio, conversions, attributes.
for v in (1.0, 1.5, -2.0, 0.0, 1e20, 0.1, -0.75, 2.0 ** -30):
    print(v, v.is_integer(), v.as_integer_ratio())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(int(2.9), int(-2.9), int(1e20), round(2.5), round(3.5), round(-2.5))
print(float('inf').is_integer(), float('nan').is_integer())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
print(float.__name__, type(1.0) is float, isinstance(1.0, float), isinstance(1, float))
print((0.1).__add__(0.2), (3.0).__rsub__(1), (2.0).__pow__(3), (7.0).__floordiv__(2))
print((1.0).__eq__(1), (1.0).__lt__(2), (1.5).__trunc__(), (-1.5).__floor__() if hasattr(1.5, '__floor__') else -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
