import abc
from abc import ABC, ABCMeta, abstractmethod

class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    def h(self):
        return "h"

print(sorted(Base.__abstractmethods__))
for cls in [Base]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Half(Base):
    def f(self):
        return "f"
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Full(Half):
    def g(self):
        return "g"
    def __init__(self, x=0):
        self.x = x
o = Full(5)
print(o.f(), o.g(), o.h(), o.x, Full.__abstractmethods__ == frozenset())
print(isinstance(o, Base), issubclass(Full, Base), issubclass(int, Base))

class Again(Full):
    @abstractmethod
    def g(self): ...
try:
    Again()
except TypeError as e:
    print("TypeError:", e)

class WithProp(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(WithProp.__abstractmethods__))
class Impl(WithProp):
    size = 3
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        return "u"
print(Impl.make().size, Impl.util())

class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))

# registration
class Sized(ABC):
    pass
print(issubclass(list, Sized), isinstance([], Sized))
r = Sized.register(list)
print(r is list, issubclass(list, Sized), isinstance([1], Sized), isinstance((), Sized))
@Sized.register
class Foo:
    pass
print(Foo.__name__, issubclass(Foo, Sized), isinstance(Foo(), Sized))
class SubFoo(Foo):
    pass
print(issubclass(SubFoo, Sized))
class SubSized(Sized):
    pass
print(issubclass(SubSized, Sized), issubclass(Sized, SubSized), issubclass(list, SubSized))
try:
    Sized.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    SubSized.register(Sized)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(abc.get_cache_token()).__name__)

# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("abc", HasLen), isinstance(3, HasLen))
class Neg(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class NegSub(Neg):
    pass
print(issubclass(NegSub, Neg))
try:
    issubclass(3, Base)
except TypeError as e:
    print("TypeError:", e)

class Meta2(ABCMeta):
    pass
class X(metaclass=Meta2):
    @abstractmethod
    def m(self): ...
print(type(X).__name__, sorted(X.__abstractmethods__))
print(isinstance(ABC, ABCMeta), ABC.__slots__ if hasattr(ABC, '__slots__') else None)
class KW(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class KW2(KW, flag=7):
    pass
print(KW2.flag, type(KW2()).__name__)
