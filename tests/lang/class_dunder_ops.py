# Operator overloading, reflected operands, NotImplemented fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k * 1000)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, k):
        return 'floordiv %d' % k
    def __mod__(self, k):
        return Money(self.cents % k)
    def __pow__(self, k, mod=None):
        return ('pow', k, mod)
    def __lshift__(self, k): return 'lshift'
    def __rshift__(self, k): return 'rshift'
    def __and__(self, k): return 'and'
    def __or__(self, k): return 'or'
    def __xor__(self, k): return 'xor'
    def __rsub__(self, o): return 'rsub %r' % (o,)
    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    __hash__ = None
m = Money(150)
print(m + Money(50), m + 25, 25 + m, sum([Money(1), Money(2)], Money(0)))
print(m - Money(50), m * 2, 2 * m, m / 4, m // 3, m % 7)
print(m ** 2, pow(m, 2, 5), m << 1, m >> 1, m & 1, m | 1, m ^ 1, 5 - m)
print(m == Money(150), m != Money(150), m == 150, m < Money(200), m > Money(200))
print(m <= Money(150), m >= Money(151))
print(sorted([Money(3), Money(1), Money(2)]))
try:
    m + 'str'
except TypeError as e:
    print(e)
try:
    'str' + m
except TypeError as e:
    print(e)
try:
    hash(m)
except TypeError as e:
    print(e)
class Sub(Money):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(Money(1) + Sub(2))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__'
print(Left() + Right())
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return 'gt called'
print(Cmp(1) < Cmp(2))
