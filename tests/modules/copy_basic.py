import copy

a = [1, [2, 3], {"k": (4, [5])}, "s", (6, 7), {8, 9}, frozenset({1})]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]["k"] is a[2]["k"])
print(d[2]["k"][1] is a[2]["k"][1], d[4] is a[4], d[3] is a[3], d[6] is a[6])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for x in [None, 1, 2.5, True, "abc", b"xy", range(3), len, int, Ellipsis, 3j]:
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)
ba = bytearray(b"abc")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
dd = {"a": [1], "b": {"c": 2}}
print(copy.copy(dd)["a"] is dd["a"], copy.deepcopy(dd)["a"] is dd["a"], copy.deepcopy(dd))
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st)

# recursion and sharing
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r, len(rc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
rd = {}
rd["self"] = rd
rdc = copy.deepcopy(rd)
print(rdc["self"] is rdc)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
p = Point([1], {"a": 2})
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.x is p.x, pd.x is p.x, type(pd) is Point, pd is p)

class Slotted:
    __slots__ = ("a", "b")
class SubSlot(Slotted):
    __slots__ = ("c",)
s = SubSlot()
s.a = [1]
s.c = 3
sc = copy.copy(s)
sd = copy.deepcopy(s)
print(sc.a is s.a, sd.a is s.a, sd.a, sd.c, hasattr(sd, "b"))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 100)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 2)
c = Custom(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
lst = copy.deepcopy([c, c])
print(lst[0] is lst[1])

class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None
sc = copy.copy(State())
print(sc.a, sc.cache)
sd = copy.deepcopy(State())
print(sd.a, sd.cache)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md[1] is ml[1], md.tag)
class MyDict(dict):
    pass
mdd = MyDict(a=[1])
print(type(copy.deepcopy(mdd)).__name__, copy.deepcopy(mdd), copy.deepcopy(mdd)["a"] is mdd["a"])

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None
root = Node(0)
for i in range(3):
    n = Node(i + 1)
    n.parent = root
    root.children.append(n)
rc = copy.deepcopy(root)
print([ch.parent is rc for ch in rc.children], rc.children[0] is root.children[0])
print(copy.deepcopy(Point) is Point, copy.copy(Point) is Point)
