import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import copy
import json

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    def describe(self):
        return self.name, self.value
    @classmethod
    def favorite(cls):
        return cls.CIRCLE
    def __str__(self):
        return "my custom str! {0}".format(self.value)
print(Shape.SQUARE.describe(), Shape.favorite(), str(Shape.DIAMOND), repr(Shape.DIAMOND))
print(list(Shape), list(Shape.__members__), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape.__members__["ALIAS_FOR_SQUARE"], len(Shape.__members__))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Mood("happy"), Mood(1))
try:
    Mood(2)
except ValueError as e:
    print("ValueError:", e)

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)

class Ordinal(Enum):
    _ignore_ = "tmp i"
    ONE = 1
    TWO = 2
    tmp = 5
print(list(Ordinal), hasattr(Ordinal, "tmp"))

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.TWO * 2, Num.ONE + Num.TWO, sorted([Num.THREE, Num.ONE]), Num(2), Num.TWO == 2, int(Num.THREE))
print(json.dumps([Num.ONE, {"k": Num.TWO}]), ["a", "b", "c"][Num.ONE], hash(Num.ONE) == hash(1))
print(isinstance(Num.ONE, int), isinstance(Num.ONE, Num), isinstance(Num.ONE, Enum), type(Num.ONE).__name__)
print(max(Num), min(Num), Num.ONE < 2, "%d %s %r" % (Num.TWO, Num.TWO, Num.TWO))

class Color(StrEnum):
    RED = auto()
    GREEN = "green"
print(Color.RED, Color.RED.upper(), Color.RED == "red", Color("green"), "x" + Color.GREEN, repr(Color.GREEN))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
RWX = Perm.R | Perm.W | Perm.X
print(RWX, repr(RWX), Perm.R in RWX, Perm.W in Perm.R, list(RWX), len(RWX), bool(Perm(0)))
print(Perm.R & Perm.W, repr(Perm.R & Perm.W), RWX ^ Perm.W, repr(RWX ^ Perm.W), Perm.R + 1, Perm.R | 1)
print(repr(~RWX), repr(~Perm.W), Perm(5), repr(Perm(5)), Perm(5) is Perm(5))

class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color2), Color2.WHITE, repr(Color2.RED | Color2.BLUE), Color2(7), repr(~Color2.RED))
print(Color2.RED | Color2.GREEN | Color2.BLUE is Color2.WHITE, list(Color2.WHITE), Color2(0), repr(Color2(0)))
try:
    Color2.RED | 1
except TypeError as e:
    print("TypeError:", e)
try:
    Color2(16)
except ValueError as e:
    print("ValueError:", e)
try:
    Color2("x")
except ValueError as e:
    print("ValueError:", e)
try:
    3 in Color2.RED
except TypeError as e:
    print("TypeError:", e)

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, Animal(2), Animal["DOG"])
Fruit = Enum("Fruit", "apple, banana", start=10)
print(list(Fruit))
Grade = IntEnum("Grade", {"A": 90, "B": 80})
print(list(Grade), Grade.A > Grade.B)
Tiny = Enum("Tiny", ["X", "Y"])
print([m.value for m in Tiny], Tiny.X.__class__ is Tiny)

print(copy.copy(Num.ONE) is Num.ONE, copy.deepcopy([Shape.SQUARE])[0] is Shape.SQUARE)
d = {Animal.ANT: "ant", Num.ONE: "one"}
print(d[Animal.ANT], d[1], Num.ONE in d)
print(Animal.ANT.name, Animal.ANT.value, type(Animal.ANT.name).__name__)

@unique
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))

class AutoNext(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    NORTH = auto()
    SOUTH = auto()
print(list(AutoNext), AutoNext("HTRON"))

class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Derived(Base):
    X = 1
print(Derived.X.hello(), isinstance(Derived.X, Base))

class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3
print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)

class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def is_start(self):
        return self is Weekday.MON
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.is_start, Weekday.TUE.is_start, Weekday.TUE.next(), Weekday.MON == Weekday.MON, Weekday.MON != Weekday.TUE)
print(Weekday.MON is Weekday(1) is Weekday["MON"], Weekday(Weekday.TUE))
print(sorted(Weekday, key=lambda m: -m.value))
print(format(Weekday.MON), f"{Weekday.TUE!r}", "%s" % Weekday.MON)
print(isinstance(Weekday, enum.EnumMeta), type(Weekday) is enum.EnumType)
try:
    Weekday.WED = 3
    print("set new attr ok", Weekday.WED)
except AttributeError as e:
    print("AttributeError:", e)
