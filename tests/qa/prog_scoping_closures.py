# ---- part 1
class A:
    __secret = 1
    def __init__(self): self.__x = 2
    def get(self): return self.__x, self.__secret, A.__secret
    def __m(self): return "mangled"
    def call(self): return self.__m()
a = A()
print(a.get(), a._A__x, A._A__secret, a.call(), sorted(k for k in vars(a)), hasattr(a, "__x"))
class B(A):
    def __init__(self): super().__init__(); self.__x = 3
print(sorted(vars(B())))
# ---- part 2
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 10
    try:
        bad = [v * n for v in vals]
    except NameError as e:
        err = str(e)
    total = sum(v for v in vals)
print(C.doubled, C.err, C.total)
# ---- part 3
class Base:
    @classmethod
    def create(cls): return cls()
    def who(self): return "Base"
class Kid(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = "kid"
        return obj
    def who(self):
        def inner(): return super(Kid, self).who()
        return "Kid>" + inner()
    def cls_name(self): return __class__.__name__
k = Kid.create(); print(type(k).__name__, k.tag, k.who(), k.cls_name())
# ---- part 4
x = "global"
class Scope:
    x = "class"
    def m(self): return x
    y = x
print(Scope().m(), Scope.y)
def f():
    x = "local"
    class Inner:
        y = x
        x = "inner"
        z = x
    return Inner.y, Inner.z
print(f())
# ---- part 5
def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get(): return list(items)
    return add, get
add, get = make(); add(1); add(2); print(get())
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return mid()
print(outer())
def loop_closures():
    fs = []
    for i in range(3):
        def f(j=i): return i, j
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
def gen_closure():
    total = 0
    def acc():
        nonlocal total
        while True:
            total += yield total
    g = acc(); next(g)
    for v in [1, 2, 3]: g.send(v)
    return total
print(gen_closure())
# ---- part 6
def f():
    print(v)
    v = 1
try: f()
except UnboundLocalError as e: print(type(e).__name__, e)
def g():
    del undefined_local
try: g()
except (NameError, UnboundLocalError) as e: print(type(e).__name__, e)
def h():
    x = 1
    del x
    return x
try: h()
except UnboundLocalError as e: print(e)
def k():
    def inner(): return y
    try: inner()
    except NameError as e: print(type(e).__name__, e)
    y = 1
k()
# ---- part 7
def tally(*args, sep=", ", **opts):
    parts = [str(a) for a in args] + [f"{k}={v}" for k, v in sorted(opts.items())]
    return sep.join(parts)
print(tally(1, 2, x=3), tally(sep="|"), tally(*"ab", **{"z": 1}, y=2), tally(*range(3), *[9], **{"a": 1}, **{"b": 2}))
try: tally(**{"sep": 1}, sep=2)
except TypeError as e: print(e)
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1), kwonly(b=1, a=1))
try: kwonly(1)
except TypeError as e: print(e)
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b: a - b)(5, b=1))
# ---- part 8
def trace(prefix=">>"):
    def deco(fn):
        depth = [0]
        def wrapper(*a, **k):
            print(f"{prefix}{'  ' * depth[0]}{fn.__name__}{a}")
            depth[0] += 1
            try: return fn(*a, **k)
            finally: depth[0] -= 1
        return wrapper
    return deco
@trace()
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
@trace(prefix="# ")
def sq(x): return x * x
sq(2); sq(3); print(sq.calls, sq.__name__)
class Deco:
    def __init__(self, f): self.f = f; self.n = 0
    def __call__(self, *a): self.n += 1; return self.f(*a)
@Deco
def add(a, b): return a + b
print(add(1, 2), add(3, 4), add.n)

