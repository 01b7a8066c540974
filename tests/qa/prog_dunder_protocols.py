# ---- part 1
l = [1, 2]; l.append(l); print(l, repr(l))
d = {"a": 1}; d["self"] = d; print(d)
class R:
    def __init__(self): self.me = self
    def __repr__(self): return f"R({self.me!r})" if False else "R()"
print([R()], {1: R()}, (R(),), {R()} if False else 0)
# ---- part 2
class A:
    def __eq__(self, o): print("A.eq"); return NotImplemented
class B:
    def __eq__(self, o): print("B.eq"); return NotImplemented
print(A() == B(), A() != B())
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
print(N(1) != N(1), N(1) != N(2), N(1) == 1, [N(1)].count(N(1)), N(1) in [N(1)], [N(2)].index(N(2)))
# ---- part 3
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), 1 + Base() if hasattr(Base, "__radd__") else 0)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o): return self.v > (o.v if isinstance(o, Num) else o)
print(Num(1) < 2, 2 > Num(1), 0 < Num(1), Num(3) > Num(2), sorted([Num(3), Num(1)], key=lambda n: n.v)[0].v)
# ---- part 4
class C:
    def __iter__(self): return iter([1, 2, 3])
print(2 in C(), 5 in C())
class L:
    def __len__(self): return 0
print(bool(L()), "truthy" if L() else "falsy")
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
class E:
    def __eq__(self, o): return True
try: {E()}
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class StrLen:
    def __len__(self): return "3"
try: len(StrLen())
except TypeError as e: print(e)
# ---- part 5
class Temperature:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"): return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
    def __str__(self): return f"{self.c}C"
    def __repr__(self): return f"T({self.c})"
t = Temperature(21.5)
print(f"{t}", f"{t:.1F}", f"{t:>8.2f}", "{}".format(t), "{:F}".format(t), format(t), str(t), f"{t!r}", f"{t!s:>6}", "%s %r" % (t, t))
class NoFmt: pass
try: format(NoFmt(), "x")
except TypeError as e: print(e)
# ---- part 6
import math
class Vector2:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0): self.x = x; self.y = y
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vector2({self.x!r}, {self.y!r})"
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __abs__(self): return math.hypot(*self)
    def __add__(self, o): return Vector2(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector2(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector2(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vector2(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vector2(self.x // k, self.y // k)
    def __mod__(self, k): return Vector2(self.x % k, self.y % k)
    def __neg__(self): return Vector2(-self.x, -self.y)
    def __pos__(self): return self
    def __invert__(self): return Vector2(self.y, self.x)
    def __lshift__(self, n): return Vector2(self.x * 2 ** n, self.y)
    def __and__(self, o): return self.x * o.x + self.y * o.y
    def __xor__(self, o): return self.x * o.y - self.y * o.x
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __reversed__(self): return iter((self.y, self.x))
v = Vector2(3, 4)
print(abs(v), v + v, v - Vector2(1, 1), 2 * v, v * 0.5, v / 2, v // 3, v % 3, -v, +v, ~v, v << 2, v & v, v ^ Vector2(1, 0), v[0], list(reversed(v)), {v, Vector2(3, 4)}, tuple(v), dict(a=v))
x, y = v; print(x, y, Vector2(1.5, -0.0), Vector2(0.1 + 0.2, 1e-7), Vector2(10**20, 1e16))

