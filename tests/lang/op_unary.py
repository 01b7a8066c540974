# Unary operators + - ~ and their dunder methods.
print(-5, +5, -(-5), ~5, ~~5, -+-5, +-+5)
print(-0.0, +0.0, -(0.0), -float('inf'))
print(-True, +True, ~True, ~False)
print(-(2 ** 100), ~(2 ** 100), +(2 ** 100))
class V:
    def __init__(self, x): self.x = x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(self.x + 100)
    def __invert__(self): return V(self.x ^ 0xff)
    def __abs__(self): return V(abs(self.x) * 10)
    def __repr__(self): return 'V(%d)' % self.x
v = V(3)
print(-v, +v, ~v, abs(V(-4)), -(-v))
print(not v)
print(- - - 1, not not 1)
