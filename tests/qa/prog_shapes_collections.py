import functools
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque

class Shape:
    __slots__ = ('name',)
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    def __hash__(self):
        return hash((type(self).__name__, self.area()))

class Rect(Shape):
    __slots__ = ('w', 'h')
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @classmethod
    def square(cls, s):
        return cls(s, s, name="square")
    @staticmethod
    def unit():
        return Rect(1, 1, "unit")

class Circle(Shape):
    __slots__ = ('r',)
    PI = 3.14159
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2

shapes = [Rect(3, 4), Rect.square(2), Circle(1.5), Rect.unit(), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(max(shapes), min(shapes, key=lambda s: s.name))
print(Shape.count, Rect(1,2).perimeter)
try:
    r = Rect(1, 1)
    r.color = 'red'
except AttributeError as e:
    print("AttributeError:", e)
print(Rect(2,3) == Rect(3,2), Rect(2,3) == Circle(1))
print(len({Rect(2,3), Rect(3,2), Rect(1,6)}))

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p._replace(x=5), p._asdict(), p.x + p.y)
print(Point._fields, Point._make([3, 4]))

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    "fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.__name__, fib.__doc__, len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(50, 50), ways.cache_info())

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            return [fn(*a, **kw) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"
print(greet("bob"), greet("al", punct="?"), greet.__wrapped__("x"))

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(3), c['the'], c['zzz'])
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(sorted(dd.items()))
od = OrderedDict()
for w in words: od[w] = od.get(w, 0) + 1
od.move_to_end('the')
print(list(od.items()))
dq = deque(maxlen=3)
for i in range(6): dq.append(i)
dq.appendleft(-1)
print(dq, dq.pop(), dq.popleft(), list(dq))
print(functools.reduce(lambda a, b: a * b, range(1, 30)))
print(sorted(words, key=lambda w: (-len(w), w)))
p2 = functools.partial(int, base=2)
print(p2("1011"), p2("111"))
