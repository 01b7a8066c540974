# Class decorators and decorating methods.
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), [Point(0, 'a')])
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.kind = name
        return cls
    return deco
@register('circle')
class Circle:
    pass
@register('square')
class Square:
    pass
print(sorted(registry), Circle.kind, registry['square'] is Square)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, type(Config).__name__)
def count_calls(method):
    def wrapper(self, *a):
        self.calls = getattr(self, 'calls', 0) + 1
        return method(self, *a)
    return wrapper
class Svc:
    @count_calls
    def run(self, x):
        return x * 2
s = Svc()
print(s.run(1), s.run(2), s.calls)
def frozen(cls):
    def __setattr__(self, k, v):
        raise AttributeError('frozen: ' + k)
    orig_init = cls.__init__
    def __init__(self, *a):
        object.__setattr__(self, '_init', True)
        for k, v in zip(cls.fields, a):
            object.__setattr__(self, k, v)
    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls
@frozen
class P:
    fields = ('a', 'b')
p = P(1, 2)
print(p.a, p.b)
try:
    p.a = 5
except AttributeError as e:
    print(e)
