# Class keyword arguments and __init_subclass__.
class Base:
    subclasses = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base):
    pass
class B(Base, tag='bee'):
    pass
class C(B, tag='sea'):
    pass
print(A.tag, B.tag, C.tag, Base.subclasses)
try:
    class D(Base, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
try:
    class E(Plain, extra=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Countable:
    def __init_subclass__(cls):
        cls.count = 0
class X(Countable): pass
X.count += 5
class Y(Countable): pass
print(X.count, Y.count)
bases = (Base,)
class Star(*bases, **{'tag': 'starred'}):
    pass
print(Star.tag)
