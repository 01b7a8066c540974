# ---- part 1
class A:
    def items(self): return [1, 2]
    def name(self): return "A"
class B(A):
    def gen(self):
        for x in super().items(): yield x * 10
    def lam(self):
        f = lambda: super(B, self).name()
        return f()
    def comp(self):
        return [super().name() for _ in range(1)]
b = B(); print(list(b.gen()), b.lam())
try: print(b.comp())
except TypeError as e: print("TypeError", e)
except RuntimeError as e: print("RuntimeError", e)
# ---- part 2
class A:
    def f(self): return "A"
class B(A):
    def f(self):
        def inner(): return super().f()
        try: return inner()
        except RuntimeError as e: return f"RuntimeError: {e}"
print(B().f())
def free():
    return super().f()
try: free()
except RuntimeError as e: print(e)
class C(A):
    @staticmethod
    def s(): return super().f()
try: C.s()
except RuntimeError as e: print(e)
# ---- part 3
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k); next(g); return g
    return start
@coroutine
def averager():
    total = n = 0; avg = None
    while True:
        try:
            v = yield avg
        except ValueError:
            total = n = 0; avg = None; continue
        total += v; n += 1; avg = total / n
a = averager(); print(a.send(10), a.send(20), a.send(3)); print(a.throw(ValueError), a.send(5))
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line: target.send(line.upper())
@coroutine
def collector(out):
    while True: out.append((yield))
out = []
g = grep("py", collector(out))
for l in ["python", "java", "pypy", "c"]: g.send(l)
print(out)
g.close()
try: g.send("x")
except StopIteration: print("stopped")
# ---- part 4
def dec(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        self.created_by = "dec"
        orig(self, *a, **k)
    cls.__init__ = __init__
    cls.__repr__ = lambda self: f"<{cls.__name__} {self.__dict__}>"
    return cls
@dec
class Thing:
    def __init__(self, x): self.x = x
print(Thing(5))
class Auto:
    def __init__(self, **kw): self.__dict__.update(kw)
a = Auto(a=1, b=2); print(a.a + a.b, sorted(a.__dict__))
a.__dict__.clear(); print(hasattr(a, "a"))
a.__dict__ = {"z": 9}; print(a.z)

