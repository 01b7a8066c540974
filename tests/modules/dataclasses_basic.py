import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
                         make_dataclass, MISSING)

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print("TypeError")
try:
    p < Point(3, 4)
except TypeError as e:
    print("TypeError:", e)
p.x = 10
print(p, Point.y)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2, 9), Version(2) > Version(1, 9), Version(1) >= Version(1))
print(Version(1, 2, 3) == Version(1, 2, 4), hash(Version(1, 2, 3)) == hash(Version(1, 2, 4)))
print(len({Version(1), Version(1), Version(2)}))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del Version(1).minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1).other = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="s", repr=False)
    total: int = field(init=False, default=0)

a = Inventory("a")
b = Inventory("b", [1])
a.items.append("x")
print(a, b, a.items is not Inventory("c").items, a.counts, a.total)
try:
    Inventory("x", total=3)
except TypeError as e:
    print("TypeError")

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Bad3:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(eq=False, order=True)
    class Bad4:
        a: int
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 7
print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])

@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.area = self.w * self.h * scale
print(WithPost(2, 3), WithPost(2, 3, 10), [f.name for f in fields(WithPost)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(KW(1, c=3), KW(1, b=5, c=6))
try:
    KW(1, 2, 3)
except TypeError:
    print("TypeError kw_only")
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 1
print(AllKW(x=5), AllKW(y=2, x=3))
@dataclass
class FieldKW:
    x: int = field(kw_only=True)
    y: int = 0
print(FieldKW(4, x=1))

@dataclass
class Nested:
    name: str
    pts: list
    meta: dict
    pair: tuple
n = Nested("n", [Point(1, 2), Point(3)], {"k": Point(0, 0)}, (Point(9, 9), 5))
print(asdict(n))
print(astuple(n))
d = asdict(n)
print(d["pts"][0] is n.pts[0], type(d["pts"][0]).__name__)
print(asdict(p, dict_factory=lambda kv: sorted(kv)))
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
try:
    astuple(5)
except TypeError as e:
    print("TypeError:", e)

p2 = replace(p, y=99)
print(p2, p, p2 is not p)
print(replace(Version(1, 2, 3), minor=5))
try:
    replace(Inventory("q"), total=5)
except ValueError as e:
    print("ValueError:", e)
print(replace(WithPost(1, 2), w=5, scale=2))

print(is_dataclass(Point), is_dataclass(p), is_dataclass(5), is_dataclass(int))
fs = fields(Inventory)
print([(f.name, f.type, f.init, f.repr, f.compare) for f in fs])
print(fs[0].default is MISSING, fs[1].default_factory is list, fs[3].default)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)

@dataclass(eq=False)
class NoEq:
    v: int
x1, x2 = NoEq(1), NoEq(1)
print(x1 == x2, x1 == x1, hash(x1) == hash(x1))
@dataclass(unsafe_hash=True)
class Hashable:
    v: int
    w: list = field(default_factory=list, hash=False, compare=False)
print(hash(Hashable(3)) == hash(Hashable(3, [1])), Hashable(3) == Hashable(3, [2]))
@dataclass(repr=False)
class NoRepr:
    v: int
    def __repr__(self):
        return "custom"
print(NoRepr(1))
@dataclass
class Custom:
    v: int
    def __eq__(self, other):
        return True
print(Custom(1) == Custom(2), Custom.__hash__ is None)
@dataclass
class WithInitVarStr:
    a: int
    b: "InitVar[int]" = 3
    def __post_init__(self, b):
        self.a += b
print(WithInitVarStr(1), [f.name for f in fields(WithInitVarStr)])
@dataclass
class WithClassVar:
    count: "ClassVar[int]" = 0
    name: str = "n"
print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.count)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
loop = Node(0)
loop.children.append(loop)
print(loop)

C = make_dataclass("C", [("x", int), "z", ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
c = C(1, z=3)
print(c, c.total(), [f.name for f in fields(C)])
try:
    make_dataclass("D", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass("D", ["class"])
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Outer:
    @dataclass
    class Inner:
        q: int = 1
    i: "Outer.Inner" = None
print(Outer(Outer.Inner()))

@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NotFrozen(FB):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class FD(FB):
    b: int = 0
print(FD(1, 2), hash(FD(1, 2)) == hash((1, 2)))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError:
    print("AttributeError")

@dataclass
class SelfField:
    self: int
    other: int = 2
print(SelfField(1))

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", name)
    def __get__(self, obj, cls=None):
        return 42
@dataclass
class WithDesc:
    d: int = Desc()
print(WithDesc())
print(Point.__eq__.__qualname__, Point.__init__.__qualname__)
