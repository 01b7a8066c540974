class X(KeyError, IndexError): pass
class Y(OSError, ValueError): pass
print(X.__mro__, isinstance(X(), LookupError))
try: raise X('k')
except IndexError as e: print('caught', repr(e))
class A: pass
class B: pass
class C(A, B): pass
print(C.__mro__)
try:
    class D(int, str): pass
except TypeError as e: print(e)
try:
    class E(list, dict): pass
except TypeError as e: print(e)
class F(A, dict): pass
f = F(a=1); f.x = 2; print(f, f.x)
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
try:
    class S3(S1, S2): pass
except TypeError as e: print(e)
