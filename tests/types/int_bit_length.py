# int.bit_length, bit_count and related methods and attributes.
for n in (0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 63, 2 ** 64 - 1, -(2 ** 100)):
    print(n, n.bit_length(), n.bit_count())
print((10).numerator, (10).denominator, (10).real, (10).imag)
print((-7).conjugate(), (5).as_integer_ratio(), (-6).as_integer_ratio())
print((255).__index__(), int.__name__)
print((3).is_integer() if hasattr(int, 'is_integer') else 'no is_integer')
print(True.bit_length(), False.bit_length())
print(int.__add__(2, 3), int.__mul__(4, 5), (7).__neg__(), (7).__floordiv__(2))
print((5).__eq__(5.0), (5).__eq__('5'), (1).__lt__(2))
print((2).__radd__(3), (2).__rsub__(3), (6).__truediv__(4))
