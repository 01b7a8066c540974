# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Cat(Animal):
    sound = 'meow'
    def kind(self):
        return 'cat, a kind of ' + super().kind()
class Lion(Cat):
    sound = 'roar'
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def kind(self):
        return 'lion; ' + super().kind()
l = Lion('Leo', 'north')
print(l.speak(), l.pride)
print(l.kind())
print(Cat('Tom').speak(), Animal('x').speak())
print(isinstance(l, Cat), isinstance(l, Animal), isinstance(Cat('c'), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Lion, Lion))
print(Lion.__bases__[0].__name__, [c.__name__ for c in Lion.__mro__])
print(Lion.__base__ is Cat)
class Base:
    def template(self):
        return 'Base:' + self.hook()
    def hook(self):
        return 'base-hook'
class Derived(Base):
    def hook(self):
        return 'derived-hook'
print(Base().template(), Derived().template())
class WithInit:
    def __init__(self):
        self.x = 1
class NoInit(WithInit):
    pass
print(NoInit().x)
class Explicit(WithInit):
    def __init__(self):
        WithInit.__init__(self)
        self.y = 2
e = Explicit()
print(e.x, e.y)
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
print(MyStr('hey').shout(), MyStr('a') + 'b', type(MyStr('a') + 'b').__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md['a'], md['zz'], md)
