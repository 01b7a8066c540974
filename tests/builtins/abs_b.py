# abs()
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(2 ** 100), abs(-(2 ** 100)))
print(abs(True), abs(False), abs(float('-inf')), abs(-1e-300), abs(3 + 4j))
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
for bad in ('x', [1], None):
    try:
        abs(bad)
    except TypeError as e:
        print('TypeError', e)
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(True)).__name__)
