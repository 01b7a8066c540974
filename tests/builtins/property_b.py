# property() built-in: direct use, getter/setter/deleter, doc.
class C:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
    def set(self, v):
        self._v = v * 10
    def delete(self):
        self._v = 'deleted'
    v = property(get, set, delete, 'doc of v')
    ro = property(lambda self: 'read-only')
c = C()
c.v = 4
print(c.v, C.v.__doc__)
del c.v
print(c.v, c.ro)
try:
    c.ro = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del c.ro
except AttributeError as e:
    print('AttributeError', e)
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
p2 = p.getter(lambda s: 1).setter(lambda s, v: None)
print(p2.fget is not None, p2.fset is not None, p2 is p)
class D:
    @property
    def x(self):
        "x docstring"
        return 5
print(D.x.__doc__, D().x, isinstance(D.__dict__['x'], property))
class NoGet:
    w = property(None, lambda self, v: None)
try:
    NoGet().w
except AttributeError as e:
    print('AttributeError', e)
