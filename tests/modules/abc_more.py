from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc

class Reader(ABC):
    @property
    @abstractmethod
    def source(self): ...
    @abstractmethod
    def read(self, n=-1): ...
    def read_all(self):
        return self.read()

class StrReader(Reader):
    def __init__(self, s):
        self._s = s
    @property
    def source(self):
        return "str"
    def read(self, n=-1):
        return self._s if n < 0 else self._s[:n]
r = StrReader("hello")
print(r.read(2), r.read_all(), r.source, isinstance(r, Reader), Reader.__abstractmethods__ == frozenset({"source", "read"}))

class Partial(Reader):
    source = "fixed"
print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print(e)

class Mixin:
    def read(self, n=-1):
        return "mixin"
class Combined(Mixin, Reader):
    source = 1
print(Combined().read(), Combined.__abstractmethods__)

class Sequence(ABC):
    @abstractmethod
    def __len__(self): ...
    @abstractmethod
    def __getitem__(self, i): ...
Sequence.register(tuple)
Sequence.register(str)
print([isinstance(x, Sequence) for x in [(), "", [], 1, b""]])
class MyTuple(tuple): pass
print(issubclass(MyTuple, Sequence), issubclass(bool, Sequence))
class Child(Sequence):
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
print(len(Child()), issubclass(Child, Sequence), list(Child()))

class M(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = True
        return super().__new__(mcls, name, bases, ns, **kw)
class Q(metaclass=M):
    @abstractmethod
    def go(self): ...
class R(Q):
    def go(self): return "went"
print(R().go(), R.added, type(R).__name__)
try:
    Q()
except TypeError as e:
    print(e)

class WithNew(ABC):
    def __new__(cls, *a):
        print("custom new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        self.a = a
print(WithNew(1, 2).a)

class Slots(ABC):
    __slots__ = ("v",)
s = Slots()
s.v = 3
print(s.v, hasattr(s, "__dict__"))
print(abc.ABC.__abstractmethods__ if hasattr(abc.ABC, "__abstractmethods__") else "none", type(abc.ABC).__name__)
class Counter(ABC):
    pass
before = abc.get_cache_token()
Counter.register(int)
print(abc.get_cache_token() != before, isinstance(True, Counter))
