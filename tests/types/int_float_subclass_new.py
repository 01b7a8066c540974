# int/float subclasses with __new__, instance attributes, overridden dunders and conversions.
class A(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __add__(self, o):
        return 'A.add'
class B(float):
    def __new__(cls, v=0):
        return super().__new__(cls, v + 0.5)
    def __repr__(self):
        return 'B<' + float.__repr__(self) + '>'
class C(int):
    pass
a = A(5); b = B(1)
print(a, int(a), a + 1, 1 + a, a * 2, type(a).__name__, isinstance(a, int))
print(b, float(b), b + 1, str(b), f'{b}', f'{b:.2f}', type(b * 2).__name__)
c = C(2**100)
c.attr = 'x'
print(c, c.attr, c + 1, c == 2**100, hash(c) == hash(2**100), c.__dict__)
d = C(-7)
d.x = 1
print(d // 2, d % 3, -d, abs(d), d.bit_length(), d.to_bytes(2, 'big', signed=True), d.x)
print(sorted([C(3), 1, C(-2**70), 2.5]), max(C(3), C(4)))
print(int.__new__(C, 10), type(int.__new__(C, 10)).__name__, float.__new__(B, 3.0))
print(C(True), type(C(True)).__name__, C('ff', 16), C(b'12'))
class D(int):
    def __index__(self): return 99
    def __int__(self): return 77
print(int(D(1)), [0]*3 == [0]*D(3), hex(D(1)), bin(C(5)))
class E(float):
    def __float__(self): return 1.25
print(float(E(2.0)), E(2.0) + 0, int(E(2.7)))
import math
print(math.floor(C(5)), math.sqrt(C(16)), math.factorial(C(5)), math.gcd(C(12), C(8)))
