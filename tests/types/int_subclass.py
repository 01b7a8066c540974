# int and float subclasses, __int__/__float__/__index__ protocols, dunder calls, mixed big-int/float.
import math
def t(s):
    try:
        r = eval(s, globals())
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
class MyFloat(float):
    pass
class Idx:
    def __index__(self): return 7
class HasInt:
    def __int__(self): return 42
class HasFloat:
    def __float__(self): return 2.5
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class Tr:
    def __trunc__(self): return 9
m = MyInt(5)
f = MyFloat(2.5)
for s in ['m', 'm + 1', 'type(m + 1)', 'm * m', 'str(m)', 'int(m)', 'type(int(m))', 'm == 5', 'hash(m)', 'MyInt("12", 8)', 'MyInt(2**100)', 'MyInt(2**100) + 1', '-m', 'abs(MyInt(-3))', 'm.bit_length()', 'f', 'f + 1', 'type(f * 2)', 'float(f)', 'type(float(f))', 'f == 2.5', 'MyFloat("1.5")', 'int(f)', 'round(f)', 'f.is_integer()', 'MyFloat.fromhex("0x1p3")', 'type(MyFloat.fromhex("0x1p3"))', 'MyInt.from_bytes(b"\\x01\\x00", "big")', 'type(MyInt.from_bytes(b"\\x01", "big"))',
          'int(Idx())', 'float(Idx())', 'int(HasInt())', 'int(HasFloat())', 'float(HasFloat())', 'int(BadInt())', 'float(BadFloat())', 'math.sqrt(Idx())', 'math.floor(HasFloat())', '[1,2,3,4,5,6,7,8][Idx()]', 'range(10)[Idx()]', 'pow(2, Idx())', 'bin(Idx())',
          'format(m, "x")', 'format(f, ".2f")', 'f"{m}"', 'f"{f}"', 'f"{f!r}"', 'isinstance(m, int)', 'issubclass(bool, int)', 'int.__mro__', 'float.__mro__', 'bool.__mro__',
          'int.__name__', 'float.__doc__[:20]', 'int.__doc__[:10]', 'int()', 'float()', 'bool()', 'bool([])', 'bool("x")', 'int(x=5)', 'int("5", base=16)', 'float(x=1)', 'bool(x=1)', 'int("10", 2, 3)',
          '(1).__class__', 'True.__class__', 'type(True)', 'True.real', 'repr(True)', 'str(False)', 'True is bool(1)', 'bool.__name__', 'int.__add__(True, True)', 'float.__add__(1.0, 2)', 'float.__add__(1.0, "x")', 'int.__add__(1, 1.5)', 'int.real', '(3).__pow__(2, 5)', '(3).__rpow__(2)', '(2.0).__pow__(2, 5)',
          'divmod(2**100, 7)', 'divmod(-2**100, -7)', 'divmod(1e300, 3.0)', 'divmod(-1.0, float("inf"))', 'float("inf") // 1', 'float("inf") % 1', '5.0 // float("inf")', '-5.0 // float("inf")', '-5.0 % float("inf")',
          'sum(range(10**6))', 'sum([2**64] * 10)', '10**20 // 10**10', '(10**20 + 5) % 10**10', '3.0 * 2**1000', '2**1000 * 3.0 > 1e300', '2**10000 > 1e308', '2**10000 < float("inf")', '-2**10000 < -1e308', '2**10000 == float("inf")',
          ]:
    t(s)
