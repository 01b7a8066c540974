# getattr / setattr / hasattr / delattr
class O:
    cls_attr = 'class'
o = O()
setattr(o, 'x', 1)
setattr(o, 'with space', 2)
print(getattr(o, 'x'), getattr(o, 'with space'), getattr(o, 'cls_attr'), getattr(o, 'missing', None))
print(hasattr(o, 'x'), hasattr(o, 'missing'), hasattr(O, 'x'), hasattr(O, 'cls_attr'))
delattr(o, 'x')
print(hasattr(o, 'x'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError', e)
try:
    setattr(5, 'real', 1)
except AttributeError as e:
    print('AttributeError', e)
print(getattr('abc', 'upper')(), getattr([], 'append').__name__, getattr(1, 'real'))
class Raises:
    @property
    def bad(self):
        raise ValueError('not an AttributeError')
try:
    hasattr(Raises(), 'bad')
except ValueError as e:
    print('ValueError propagates through hasattr:', e)
class GA:
    def __getattr__(self, name):
        return name * 2
print(getattr(GA(), 'ab'), hasattr(GA(), 'anything'), getattr(GA(), 'xy', 'unused default'))
