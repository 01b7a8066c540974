# property: getters, setters, deleters, computed attributes.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError')
del t.celsius
print(t.celsius)
class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, 'the x doc')
o = Old()
o.x = 21
print(o.x, Old.x.__doc__, type(Old.x).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 'v%d' % self.computed
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Child(Temp):
    @property
    def celsius(self):
        return 'child sees ' + str(self._c)
print(Child(5).celsius)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel)
