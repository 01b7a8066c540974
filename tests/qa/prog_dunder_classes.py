class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created = True
        return obj

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub = True
class Child(Base, tag="kid"):
    def __init__(self, v): self.v = v

c = Child(3)
print(sorted(Meta.registry), Child.tag, Base.tag, c.created, c.v, getattr(Child, "sub", None), type(Child).__name__)

class Vec:
    def __init__(self, *c): self.c = list(c)
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a*a for a in self.c) ** 0.5
    def __iter__(self): return iter(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice): return Vec(*self.c[i])
        return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __contains__(self, x): return x in self.c
    def __bool__(self): return any(self.c)
    def __repr__(self): return f"Vec{tuple(self.c)}"
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __call__(self, x): return [a * x for a in self.c]
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
v = Vec(1, 2, 3)
w = v
v += Vec(1, 1, 1)
print(v, w is v, 2 * v, -v, abs(Vec(3, 4)), sum([Vec(1, 1), Vec(2, 2)]), v[1:], v[-1], 3 in v, bool(Vec(0, 0)), len(v))
print(f"{Vec(1.5, 2.25):.1f}", v(2), list(reversed(v)), sorted(Vec(3, 1, 2)), Vec(1) == Vec(1), Vec(1) != Vec(2))
v[0] = 100
print(v, *v, [*v, 0], {**{"a": 1}, "b": 2})

class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp(); t.c = 100; print(t.c, t.f)
try: t.c = -300
except ValueError as e: print(e)
try: t.f = 3
except AttributeError as e: print(e)
del t.c; print(t.c)

class Lazy:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __set_name__(self, owner, name): self.attr = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        val = self.fn(obj); obj.__dict__[self.attr] = val; return val
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return 42
d = Data(); print(d.expensive, d.expensive, Data.calls, type(Data.expensive).__name__)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"): return name.upper()
        raise AttributeError(f"no {name}")
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 2 if isinstance(v, int) else v)
dy = Dyn(); dy.n = 5
print(dy.xyz, dy.n, hasattr(dy, "q"), getattr(dy, "q", "dflt"))

class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__], D.__bases__, issubclass(D, A), isinstance(D(), C))
print(B.hi(D()), super(B, D()).hi(), vars(Vec(1)) , Vec.__name__, Vec.__qualname__, Vec.__module__)
class Cnt:
    n = 0
    def __init__(self): type(self).n += 1
class Sub(Cnt): pass
Sub(); Sub(); Cnt()
print(Cnt.n, Sub.n)
print(callable(v), callable(3), type(v).__dict__.get("__len__") is not None, Vec.__add__(Vec(1), Vec(2)))
