# isinstance() and issubclass(), including tuples and nested tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance(b's', str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(A, A))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(int, [int])
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
