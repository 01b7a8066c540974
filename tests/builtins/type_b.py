# type() with one and three arguments.
print(type(1).__name__, type('').__name__, type(type).__name__, type(None).__name__, type([]) is list)
class A:
    pass
print(type(A()) is A, type(A) is type)
B = type('B', (A,), {'x': 1, 'm': lambda self: 'method of ' + type(self).__name__})
b = B()
print(B.__name__, B.__bases__[0] is A, b.x, b.m(), isinstance(b, A))
C = type('C', (), {})
print(C.__bases__, C.__name__, C.__qualname__, C.__module__ == __name__ or C.__module__)
D = type('D', (B, C), {'__repr__': lambda self: 'D()'})
print(D(), [k.__name__ for k in D.__mro__])
try:
    type('E', 5, {})
except TypeError as e:
    print('TypeError', e)
try:
    type('F', (), [])
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
Counter = type('Counter', (), {'count': 0, 'inc': lambda self: setattr(self, 'count', self.count + 1) or self.count})
c = Counter()
print(c.inc(), c.inc(), Counter.count)
