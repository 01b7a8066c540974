# object() and default object behaviour.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(o, '__dict__'), hasattr(o, '__class__'), object.__bases__, object.__name__)
print(repr(o).startswith('<object object at '), str(o) == repr(o))
class P:
    pass
p = P()
print(repr(p).startswith('<__main__.P object at '), p.__eq__(p), p.__eq__(1), p.__ne__(p))
print(object.__eq__(o, o), o.__lt__(o), p.__hash__() == hash(p), p.__str__() == repr(p))
print(sorted(n for n in ('__init__', '__repr__', '__eq__', '__hash__', '__class__') if hasattr(o, n)))
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
try:
    o < o
except TypeError as e:
    print('TypeError', e)
print(P.__init__ is object.__init__)
