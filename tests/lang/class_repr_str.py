# __repr__ and __str__, and how containers and print use them.
class Both:
    def __repr__(self): return 'Both()'
    def __str__(self): return 'both as str'
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr<>'
class OnlyStr:
    def __str__(self): return 'only str'
b = Both()
print(b, str(b), repr(b), [b], (b,), {'k': b})
r = OnlyRepr()
print(r, str(r), [r])
s = OnlyStr()
print(s, str(s), repr(s).startswith('<__main__.OnlyStr object at'))
print('%s %r' % (b, b), '{} {!r}'.format(b, b), f'{b} {b!r}')
class Nested:
    def __init__(self, inner): self.inner = inner
    def __repr__(self): return 'Nested(%r)' % (self.inner,)
print(Nested(Nested('x')), Nested([1, 'a']))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
print(repr(int), repr(Both)[:15], str(len))
print(repr(Both).endswith("Both'>"), Both.__name__)
class StrSub(str):
    pass
print(repr(StrSub('hi')), str(StrSub('hi')))
class IntSub(int):
    def __repr__(self):
        return 'IntSub(' + super().__repr__() + ')'
print(IntSub(5), [IntSub(5)], IntSub(5) + 1)
