# Class definition, instantiation, methods, attributes.
class Dog:
    species = 'canis'
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return self.name + ' says woof'
    def birthday(self):
        self.age += 1
        return self
d = Dog('Rex')
print(d.name, d.age, d.species, Dog.species)
print(d.speak(), Dog.speak(d))
print(d.birthday().birthday().age)
e = Dog('Fido', 5)
e.species = 'lupus'
print(e.species, d.species, Dog.species)
Dog.species = 'changed'
print(d.species, e.species)
del e.species
print(e.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(d, object))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(d.__dict__.items()))
m = d.speak
print(m(), m.__self__ is d, m.__func__ is Dog.speak)
class Empty:
    pass
x = Empty()
x.dynamic = 'added'
print(x.dynamic, hasattr(x, 'other'))
class WithDoc:
    "The docstring."
print(WithDoc.__doc__, Empty.__doc__)
print(Dog.__bases__, Empty.__bases__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, c.id)
print(Dog('A') == Dog('A'), d == d, d != e)
