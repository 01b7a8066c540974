# ---- part 1
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k); super().__setitem__(k, v * 10)
d = D({"a": 1}, b=2); print(d)
d.update(c=3); d.setdefault("e", 5); print(d)
d["f"] = 6; print(d)
d |= {"g": 7}; print(d)
dict.fromkeys
print(D.fromkeys("xy", 1), type(D.fromkeys("x", 0)).__name__)
# ---- part 2
class D(dict):
    def __missing__(self, k): return "miss"
d = D()
print(d["x"], d.get("x"), "x" in d, d.setdefault("y", 1), d.pop("z", "dflt"))
# ---- part 3
class L(list):
    def append(self, x): print("append", x); super().append(x)
    def __setitem__(self, i, v): print("set", i); super().__setitem__(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.insert(0, 0); l[0] = 9; l[1:2] = [8]
print(l, [x for x in L([5])])
l2 = L(); [l2.append(i) for i in range(2)]; print(l2)
# ---- part 4
class C(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self.extra = 1
c = C(x=1); print(c, c.extra, c.copy(), type(c.copy()).__name__, dict(c), c == {"x": 1})
import copy
c2 = copy.copy(c); print(type(c2).__name__, c2, getattr(c2, "extra", None))
c3 = copy.deepcopy(c); print(type(c3).__name__, c3, getattr(c3, "extra", None))
# ---- part 5
import copy
class P:
    def __init__(self, items): self.items = items; self.ref = self
p = P([1, [2]])
q = copy.deepcopy(p); q.items[1].append(3)
print(p.items, q.items, q.ref is q, copy.copy(p).items is p.items)
class Custom:
    def __init__(self): self.v = 1
    def __copy__(self): print("custom copy"); c = Custom(); c.v = 2; return c
    def __deepcopy__(self, memo): print("custom deep"); c = Custom(); c.v = 3; return c
print(copy.copy(Custom()).v, copy.deepcopy(Custom()).v, copy.deepcopy([Custom()])[0].v)
print(copy.deepcopy({"a": (1, [2])}), copy.copy({1, 2}), copy.deepcopy((1, 2)))
# ---- part 6
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Half(Base):
    def run(self): return "ran"
try: Half()
except TypeError as e: print(e)
class Full(Half):
    name = "full"
print(Full().run(), Full().name, isinstance(Full(), Base), issubclass(Full, Base))
class Virt(ABC): pass
Virt.register(int); print(isinstance(3, Virt), issubclass(bool, Virt))
# ---- part 7
import contextlib
@contextlib.contextmanager
def opened(path):
    f = open(path, "w")
    try: yield f
    finally: f.close(); print("closed", f.closed)
with opened("/tmp/weft_test_qa_ctx.txt") as f: f.write("x")
@contextlib.contextmanager
def catching():
    try: yield
    except ValueError as e: print("caught inside cm:", e)
with catching(): raise ValueError("boom")
print("continued")
with contextlib.ExitStack() as stack:
    for n in range(3): stack.callback(print, "cb", n)
    print("in stack")
from contextlib import redirect_stdout
import io
buf = io.StringIO()
with redirect_stdout(buf): print("captured")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v: print(v)

