# attribute caches must follow class changes, shadowing and descriptors
class P:
    x = 1
    def m(self):
        return 'm'
def read(o):
    return o.x
def call(o):
    return o.m()
p = P()
vals = []
for i in range(5):
    vals.append((read(p), call(p)))
    if i == 1:
        P.x = 2
        P.m = lambda self: 'patched'
    if i == 2:
        p.x = 'inst'
        p.m = lambda: 'instance fn'
    if i == 3:
        del p.x
        del p.m
print(vals)
class Q(P):
    pass
q = Q()
print(read(q), call(q))
P.x = 3
print(read(q))
Q.x = 'q'
print(read(q), read(p))
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, val):
        self._v = val
def setv(o, val):
    o.v = val
    return o.v
pr = Prop()
print([setv(pr, i) for i in range(3)])
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slots()
def geta(o):
    return o.a
print(geta(s), [geta(s) for _ in range(3)])
try:
    s.c = 5
except AttributeError as e:
    print('slots', e)
class Dyn:
    def __getattr__(self, name):
        return 'dyn:' + name
d = Dyn()
d.real = 1
print(d.real, d.other, [d.x for _ in range(2)])
objs = [P(), Q(), Prop(), Dyn()]
def poly(o):
    try:
        return o.x
    except AttributeError:
        return 'none'
print([poly(o) for o in objs * 10][:8])
class Meta(type):
    attr = 'meta'
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr)
class CM:
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return 'static'
class CM2(CM):
    pass
print(CM.c(), CM2.c(), CM2().c(), CM().s(), [CM2().s() for _ in range(2)])
import math
print([math.floor(1.5) for _ in range(3)], 'abc'.upper(), [1, 2].index(2))
l = []
for i in range(3):
    l.append(i)
print(l, [].pop if False else 'x')
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self.count
c = Counter()
print([c.inc() for _ in range(3)], Counter.count)
