# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.__mro__])
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print('TypeError', e)
class Mixin:
    def describe(self):
        return 'I am ' + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().describe())
class P1:
    attr = 'p1'
class P2:
    attr = 'p2'
    other = 'p2-other'
class Child(P1, P2):
    pass
print(Child.attr, Child.other)
class Init1:
    def __init__(self):
        print('Init1')
        super().__init__()
class Init2:
    def __init__(self):
        print('Init2')
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print('Both')
        super().__init__()
Both()
print(super(B, D()).who())
