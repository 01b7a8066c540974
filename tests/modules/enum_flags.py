from enum import *
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(IP(8)), str(IP(8)), repr(IP(-1)), repr(P(-1)), repr(P(-8)), repr(IP(0)), IP.R.value, IP.R.name, (IP.R|IP.W).name, P(0).name)
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)), repr(C(4)))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(E(7)), repr(E(3)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(7)), repr(K(4)))
print(IP.R | IP.W == 6, (IP.R | IP.W) + 0, 6 | IP.X, repr(6 | IP.X), repr(IP.X | 6), repr(IP.R & 5), repr(IP.R ^ 4))
print([m for m in IP(7)], list(P), len(P), P.R in P, P.__members__.keys())
print(P.R < P.W if hasattr(P.R, "__lt__") and False else "skip")
try:
    class BadFlag(Flag):
        A = 1
        AB = 3
    print("no error")
except TypeError as e:
    print("TypeError:", e)
class Sub(IntEnum):
    A = auto()
    B = auto()
print(list(Sub), Sub.A.value, type(Sub.A.value).__name__)
class Mixed(str, Enum):
    X = "x"
print(repr(Mixed.X), str(Mixed.X), Mixed.X == "x", Mixed("x"))
class FloatE(float, Enum):
    PI = 3.14
print(repr(FloatE.PI), FloatE.PI * 2)
