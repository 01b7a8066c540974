# super() in its various forms.
class Base:
    def __init__(self, v):
        self.v = v
    def m(self):
        return 'Base.m'
    @classmethod
    def cm(cls):
        return 'Base.cm ' + cls.__name__
    @staticmethod
    def sm():
        return 'Base.sm'
    @property
    def prop(self):
        return 'Base.prop'
class Sub(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def m(self):
        return 'Sub.m -> ' + super().m()
    @classmethod
    def cm(cls):
        return 'Sub.cm -> ' + super().cm()
    @staticmethod
    def sm():
        return 'Sub.sm -> ' + super(Sub, Sub).sm()
    @property
    def prop(self):
        return 'Sub.prop -> ' + super().prop
s = Sub(5)
print(s.v, s.m(), Sub.cm(), s.cm(), Sub.sm(), s.prop)
print(super(Sub, s).m())
class Sub2(Sub):
    def m(self):
        return 'Sub2.m -> ' + super(Sub, self).m()
print(Sub2(1).m())
def helper(self):
    return 'outside'
class Late(Base):
    def m(self):
        def inner():
            return super(Late, self).m()
        return inner()
print(Late(0).m())
class Attr(Base):
    def __getattr__(self, name):
        return 'missing ' + name
print(Attr(1).anything, Attr(1).v)
class NewRepr:
    def __repr__(self):
        return 'NewRepr+' + type(self).__name__
class R2(NewRepr):
    def __repr__(self):
        return '[' + super().__repr__() + ']'
print(repr(R2()))
