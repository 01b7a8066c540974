# super() built-in in various forms.
class A:
    def who(self):
        return 'A'
    @classmethod
    def cwho(cls):
        return 'A.cwho(%s)' % cls.__name__
class B(A):
    def who(self):
        return 'B+' + super().who()
    @classmethod
    def cwho(cls):
        return 'B+' + super().cwho()
class C(B):
    def who(self):
        return 'C+' + super(B, self).who()
print(B().who(), C().who(), B.cwho(), C.cwho())
print(super(C, C()).who(), super(B, C).cwho())
s = super(B, B())
print(type(s).__name__, s.who())
def outside(self):
    return super(B, self).who()
print(outside(B()))
try:
    super(B, 5)
except TypeError as e:
    print('TypeError', e)
class NoArgs:
    @staticmethod
    def st():
        try:
            return super().__init__
        except RuntimeError as e:
            return 'RuntimeError ' + str(e)
print(NoArgs.st())
class Attr(A):
    val = 'Attr.val'
class Attr2(Attr):
    val = 'Attr2.val'
    def get(self):
        return super().val
print(Attr2().get())
