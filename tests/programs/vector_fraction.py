# Operator overloading: a 2D/3D Vector class and a Fraction class.
class Vector:
    def __init__(self, *comps):
        self.c = tuple(comps)
    def __repr__(self):
        return 'Vector%r' % (self.c,)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def _check(self, o):
        if not isinstance(o, Vector) or len(o) != len(self):
            raise TypeError('dimension mismatch')
    def __add__(self, o):
        self._check(o)
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        self._check(o)
        return Vector(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __matmul__(self, o):
        a, b = self.c, o.c
        return Vector(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return (self * self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
class Fraction:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Fraction(%d, 0)' % n)
        g = gcd(abs(n), abs(d)) or 1
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, s * d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Fraction) else Fraction(x)
    def __add__(self, o): o = Fraction.of(o); return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = Fraction.of(o); return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Fraction.of(o) - self
    def __mul__(self, o): o = Fraction.of(o); return Fraction(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = Fraction.of(o); return Fraction(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Fraction.of(o) / self
    def __pow__(self, k): return Fraction(self.n ** k, self.d ** k) if k >= 0 else Fraction(self.d ** -k, self.n ** -k)
    def __neg__(self): return Fraction(-self.n, self.d)
    def __eq__(self, o): o = Fraction.of(o); return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o): o = Fraction.of(o); return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __repr__(self): return 'Fraction(%d, %d)' % (self.n, self.d)
    def __str__(self): return '%d' % self.n if self.d == 1 else '%d/%d' % (self.n, self.d)
u, v = Vector(1, 2, 3), Vector(4, 5, 6)
print(u + v, u - v, u * 2, 3 * u, u * v, u @ v, -u, abs(Vector(3, 4)))
print(u == Vector(1, 2, 3), bool(Vector(0, 0)), list(u), u[1], len(u), {u: 'hashable'}[Vector(1, 2, 3)])
try:
    u + Vector(1, 2)
except TypeError as e:
    print('TypeError:', e)
h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, h ** 3, t ** -2, -h, 1 + h, 1 - h, 2 * t, 1 / t)
print(repr(Fraction(6, -8)), Fraction(10, 5), float(Fraction(1, 8)), h < t, t <= h, h == Fraction(2, 4))
harmonic = sum((Fraction(1, k) for k in range(1, 21)), Fraction(0))
print(harmonic, float(harmonic))
print(sorted([Fraction(3, 4), Fraction(-1, 2), Fraction(2, 3), Fraction(5, 7)]))
print(Vector(Fraction(1, 2), Fraction(1, 3)) * Vector(Fraction(2), Fraction(3)))
e = Fraction(0)
fact = 1
for k in range(15):
    e = e + Fraction(1, fact)
    fact *= k + 1
print(e, float(e))
try:
    Fraction(1, 0)
except ZeroDivisionError as err:
    print('ZeroDivisionError:', err)
