# Descriptor protocol: __get__, __set__, __delete__, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __init__(self, typ):
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'descriptor on ' + objtype.__name__
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError('%s must be %s' % (self.name[1:], self.typ.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Ann', 30)
print(p.name, p.age, Person.name)
try:
    p.age = 'old'
except TypeError as e:
    print(e)
del p.age
class NonData:
    def __get__(self, obj, typ=None):
        return 'from descriptor'
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__['attr'] = 'from instance dict'
print(h.attr)
class DataDesc:
    def __get__(self, obj, typ=None):
        return 'data descriptor wins'
    def __set__(self, obj, v):
        pass
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__['attr'] = 'instance'
print(h2.attr)
class Method:
    def f(self):
        return self
m = Method()
bound = Method.__dict__['f'].__get__(m, Method)
print(bound() is m)
class CM:
    @classmethod
    def c(cls):
        return cls.__name__
print(CM.__dict__['c'].__get__(None, CM)())
