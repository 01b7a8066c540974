# repr() of builtin values and user classes.
print(repr(1), repr(-1.5), repr('s'), repr("it's"), repr(b'b'), repr([1, 'a']), repr((1,)), repr({1: 'x'}))
print(repr(None), repr(True), repr(...), repr(NotImplemented), repr(range(3)), repr(slice(1, 2)))
print(repr(set()), repr({1}), repr(frozenset()), repr(bytearray(b'x')), repr(1e100), repr(-0.0))
print(repr(int), repr(ValueError), repr(ValueError('msg')), repr(KeyError('k')), repr(Exception()))
print(repr(OSError(2, 'No such file')), repr(StopIteration(1, 2)), repr(SystemExit(3)))
class R:
    def __repr__(self):
        return 'R!'
print(repr(R()), repr([R(), R()]), repr({'r': R()}), repr((R(),)))
class Bad:
    def __repr__(self):
        return None
try:
    repr(Bad())
except TypeError as e:
    print('TypeError', e)
print(repr(len), repr(print))
print(repr(dict.fromkeys('ab')), repr({}.keys()), repr([].__class__))
