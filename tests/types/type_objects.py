# type objects: repr, names, identity, type() of builtins.
for t in (int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool, type,
          object, range, slice, type(None), complex, BaseException, ValueError):
    print(repr(t), t.__name__, t.__qualname__, t.__module__)
print([type(x).__name__ for x in (1, 1.0, '', b'', [], (), {}, set(), True, None, len, print, range(1))])
print(type(len).__name__, type([].append).__name__, type(lambda: 0).__name__, type(type).__name__)
print(int is type(5), type(int) is type, type(type) is type, object.__class__ is type)
print(issubclass(type, object), isinstance(object, type), isinstance(type, object))
print(int.__bases__, bool.__bases__, object.__bases__, type.__bases__)
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in KeyError.__mro__])
class C:
    pass
print(repr(C), C.__module__, type(C).__name__, type(C()).__name__)
