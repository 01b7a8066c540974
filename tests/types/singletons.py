# None, bool, NotImplemented, Ellipsis: reprs, types, identity.
print(None, repr(None), str(None), type(None).__name__, None is None, bool(None))
print(True, False, repr(True), type(True).__name__, True is not False)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(None == None, None != 0, None == False, [None] * 2, {None: None})
try:
    None < 1
except TypeError as e:
    print('TypeError', e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print('TypeError', e)
try:
    None.attr
except AttributeError as e:
    print('AttributeError', e)
def f():
    pass
print(f() is None, print() is None)
print(hash(None) == hash(None), hash(...) == hash(Ellipsis))
print(int.__add__(1, 'x') is NotImplemented, (1).__eq__('x'))
