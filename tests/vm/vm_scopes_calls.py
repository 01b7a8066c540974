# scopes, closures, classes and call binding
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c(), c.__closure__[0].cell_contents)
x = 'global'
def outer():
    x = 'outer'
    class C:
        x = 'class'
        def m(self):
            return x
        y = [x for _ in range(1)]
        z = x
    return C().m(), C.y, C.z
print(outer())
def gl():
    global newg
    newg = 5
gl()
print(newg)
class A:
    def __init__(self):
        self.__p = 1
    def get(self):
        return self.__p
a = A()
print(a.get(), a._A__p, hasattr(a, '__p'))
class Base:
    def hello(self):
        return 'base'
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st(v):
        return v * 2
class Der(Base):
    def hello(self):
        return 'der+' + super().hello()
    def lam(self):
        return (lambda: super(Der, self).hello())()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
print(Der().hello(), Der.make(), Der.st(4), Der().lam(), Der().nested())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=Meta, flag=True):
    a = injected
print(K.a, K.kw, type(K).__name__)
class Init:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get('tag')
class Sub(Init, tag='t'):
    pass
print(Sub.tag)
def f(a, b, /, c, *, d, **kw):
    return a, b, c, d, kw
print(f(1, 2, c=3, d=4, e=5))
for call in [lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4, d=5),
             lambda: f(1, 2, 3, d=4, c=5), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b=2, *, c):
    pass
for call in [lambda: g(), lambda: g(1), lambda: g(1, 2, 3, c=1), lambda: g(1, z=2, c=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def h(x, y, z):
    return x + y + z
args = [1, 2]
kw = {'z': 3}
print(h(*args, **kw), h(*[1], *[2], z=3), h(**{'x': 1, 'y': 2, 'z': 3}))
print([*range(3), *'ab'], (*[1], 2), {**{'a': 1}, 'b': 2}, {*[1, 2], 3})
first, *rest = 'hello'
print(first, rest)
(a, b), c = (1, 2), 3
print(a, b, c)
d = {}
d['k'], d['j'] = 1, 2
print(sorted(d.items()))
print((y := 10) + y)
print([z for z in range(5) if (w := z * 2) > 4], w)
def fd(a, b=[]):
    b.append(a)
    return b
fd(1)
print(fd(2))
print(f'{3.14159:.2f} {"s"!r} {x=} {1+1} {{}}')
val = 12
print(f'{val:>{val//3}}|{val!s:^6}|')
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap
@deco('<')
@deco('>')
def fun(v):
    return v
print(fun(7))
print(fun.__name__, fun.__qualname__)
def ann(a: int, b: 'str' = 'x') -> list:
    pass
print(ann.__annotations__)
class Ann:
    a: int = 1
    b: str
print(Ann.__annotations__, Ann.__module__, Ann.__qualname__)
class Doc:
    'the doc'
print(Doc.__doc__)
def fdoc():
    'fun doc'
print(fdoc.__doc__, fdoc.__defaults__, (lambda q=1: q).__defaults__)
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2 != 3, 'a' in 'abc', 3 not in [1], None is None, None is not c)
print(not 0, -(-3), ~5, +2, 2 ** -1, 7 // -2, -7 % 3, 2 ** 100)
i = 10
i //= 3; i **= 3; i <<= 2; i |= 1; i ^= 8; i &= 0xff; i >>= 1; i %= 7; i -= 1; i *= 4
print(i)
lst = [1, 2, 3]
lst[1:2] = [9, 9]
del lst[0]
print(lst, lst[::-1], lst[-1])
del d['k']
print(d)
print(eval('x'), eval('1+2'))
exec('ex_var = 3')
print(ex_var)
ns = {}
exec('def q(): return 4', ns)
print(ns['q']())
print(type(compile('1', 'f', 'eval')).__name__)
def loc():
    aa = 1
    bb = 2
    return sorted(locals().items())
print(loc())
