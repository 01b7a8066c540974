from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
try: Color(7)
except ValueError as e: print(e)
try: 1 in Color  # (3.11 also warns on stderr)
except TypeError as e: print(e)
try:
    class C2(Color): pass
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(list(Perm), Perm(0), repr(Perm(0)), Perm.R|Perm.X, repr(Perm.R|Perm.X), ~Perm.R, repr(~Perm.R), Perm(7), repr(Perm(6)))
try: Perm(8)
except ValueError as e: print(repr(str(e)))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(list(IP), IP(0), repr(IP(0)), IP.R|IP.X, repr(IP.R|IP.X), ~IP.R, repr(~IP.R), IP(8), repr(IP(9)), IP.R | 8, repr(IP.R|8))
print(format(IP.R), f"{IP.W:>4}", str(IP.R), IP.R + 1, repr(~IP(0)))
class N(IntEnum):
    A = 1
    B = 2
print(N.A, repr(N.A), str(N.A), f"{N.A}", N.A + 1, N.A == 1, N.A < N.B, format(N.B, '03d'))
print(f"{Color.RED}", format(Color.RED, '>12'), Color.__members__)
print(repr(Color), repr(Perm), repr(IP), repr(N))
print(Perm.R in (Perm.R|Perm.W), len(Perm.R|Perm.W), list(Perm.R|Perm.X), bool(Perm(0)))
class Z(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(list(Z), Z.NONE, repr(Z.NONE), Z.__members__, ~Z.A, Z(3))
A = Enum('A', 'X Y Z')
print(list(A), A.X.value, repr(A))
B = Enum('B', [('P', 5), ('Q', 7)])
print(list(B))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee', f"{S.B}")
class AU(Enum):
    A = auto()
    B = 10
    C = auto()
print(list(AU))
class FA(Flag):
    A = auto()
    B = auto()
    C = auto()
print(list(FA), FA.A|FA.C)
print(Color.RED.name, Color.RED.value, Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1), Color['GREEN'], len(Color), list(reversed(Color)))
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.CRIMSON], Color.RED == 1, Color.RED != Color.GREEN)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color)
print(dir(Color))
print(dir(Color.RED))
