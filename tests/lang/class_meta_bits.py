class D: pass
D.__doc__ = "x"; print(D.__doc__)
class CM(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1
class K:
    @CM
    def m(cls): return cls.__name__
print(K.m(), K.__dict__['m'].extra)
class O:
    def m(self): return 'm'
o = O()
print(type(o.m)(O.m, o)())
print(object.__subclasshook__(), object.__subclasshook__(int))
class A:
    pass
A.__abstractmethods__ = frozenset({'f'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
print(staticmethod(len)("abc"), classmethod(len).__func__)
