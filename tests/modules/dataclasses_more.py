from dataclasses import dataclass, field, fields, asdict, replace, InitVar
import dataclasses
@dataclass
class A:
    x: int
    y: list = field(default_factory=list, metadata={"unit": "m"})
print(fields(A)[1].metadata["unit"], fields(A)[1].default_factory)
print(repr(fields(A)[0]).split(",")[0])
@dataclass(frozen=True)
class F:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)
print(F(3), F(3) == F(3), hash(F(3)) == hash(F(3)))
@dataclass
class B(A):
    z: int = 0
print(B(1), B(1) == A(1), A(1) == B(1), B(1, [2], 3))
try:
    @dataclass
    class C(A):
        w: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class G:
    x: int = 1
    def __eq__(self, o):
        return "custom"
print(G() == G())
@dataclass(init=False)
class H:
    x: int = 5
h = H(); print(h, h.x)
@dataclass
class J:
    x: int
    def __repr__(self):
        return "J!"
print(J(1), [J(2)])
@dataclass
class K:
    items: tuple = ()
    name: str = None
print(K(), K((1, 2), "n"), K.items, K.name)
print(dataclasses.is_dataclass(K()), type(dataclasses.MISSING).__name__, type(dataclasses.KW_ONLY).__name__)
print(asdict(K((A(1), A(2)))))
@dataclass
class L:
    a: int
    b: int
print(L(b=1, a=2), L(*[3, 4]), L(**{"a": 5, "b": 6}))
try:
    L(1, 2, 3)
except TypeError:
    print("too many args")
try:
    L(1, c=2)
except TypeError:
    print("unexpected kw")
@dataclass(order=True)
class M:
    a: int
    b: str = "z"
print(sorted([M(2), M(1, "b"), M(1, "a")]), M(1) < M(1, "zz"), M(1).__lt__(5))
