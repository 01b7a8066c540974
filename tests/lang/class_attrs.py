# Class vs instance attribute lookup, __dict__, attribute functions.
class C:
    cls_attr = [1]
    def __init__(self):
        self.inst = 'i'
c = C()
print('inst' in c.__dict__, 'cls_attr' in c.__dict__, 'cls_attr' in C.__dict__)
c.cls_attr.append(2)
print(C.cls_attr)
c.cls_attr = 'shadow'
print(c.cls_attr, C.cls_attr)
print(getattr(c, 'inst'), getattr(c, 'nope', 'dflt'), hasattr(c, 'inst'))
setattr(c, 'new', 5)
print(c.new)
delattr(c, 'new')
print(hasattr(c, 'new'))
C.added = staticmethod(lambda: 'added later')
print(c.added(), C.added())
def method(self):
    return 'bound to ' + type(self).__name__
C.method = method
print(c.method())
c.__dict__['direct'] = 'via dict'
print(c.direct)
print(sorted(k for k in vars(c)))
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted()
s.a = 1
print(s.a, hasattr(s, 'b'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError')
try:
    C().missing
except AttributeError as e:
    print(e)
print(type(C.__dict__['__init__']).__name__)
print(C.__name__, c.__class__.__name__, c.__class__ is C)
class Other: pass
o = Other()
o.__class__ = C
print(type(o).__name__, isinstance(o, C))
