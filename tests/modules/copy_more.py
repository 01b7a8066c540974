import copy
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
od = OrderedDict(a=[1], b=2)
dd = defaultdict(list, {"x": [1]})
dq = deque([[1], 2], maxlen=5)
ct = Counter("abracadabra")
P = namedtuple("P", "x y")
p = P([1], 2)
for obj in (od, dd, dq, ct, p):
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(c).__name__, c, d, c == obj, d == obj)
print(copy.deepcopy(dd).default_factory, copy.copy(dq).maxlen, copy.deepcopy(p).x is p.x, copy.copy(p) is p)
dd2 = copy.deepcopy(dd); dd2["new"].append(1); print(dd2, dd)
class A:
    def __init__(self): self.m = self.meth
    def meth(self): return self
a = A()
b = copy.deepcopy(a)
print(b.m() is b, b.m.__self__ is b)
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.a = 1; s.z = 2
t = copy.deepcopy(s)
print(t.a, t.z)
class WithInitArgs:
    def __init__(self, a, b):
        self.a = a; self.b = b
w = copy.copy(WithInitArgs(1, 2)); print(w.a, w.b)
import functools
pf = functools.partial(max, 1)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,), {"extra": [1]})
r = copy.copy(R(3)); print(r.v, r.extra, copy.deepcopy(R(4)).v)
class E(Exception): pass
e = copy.copy(ValueError("x")); print(repr(e))
print(copy.deepcopy(KeyError("k", 1)).args)
print(copy.copy(iter([1,2])) if False else "skip iter")
