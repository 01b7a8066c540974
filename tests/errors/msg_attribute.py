# AttributeError messages.
class C:
    cls_attr = 1
    @property
    def ro(self):
        return 1
class S:
    __slots__ = ('a',)
cases = [
    lambda: 'abc'.foo, lambda: (5).foo, lambda: [].foo, lambda: None.foo, lambda: C().missing,
    lambda: C.missing, lambda: int.missing, lambda: len.missing, lambda: S().a, lambda: (lambda: 0).attr,
    lambda: {}.append, lambda: b''.format, lambda: (1.5).bit_length,
]
for c in cases:
    try:
        c()
        print('no error')
    except AttributeError as e:
        print(e)
import sys
try:
    sys.no_such_attribute
except AttributeError as e:
    print(e)
def assign(o, name, v):
    setattr(o, name, v)
for o, name in [(5, 'x'), ('s', 'y'), ([], 'z'), (None, 'w'), (int, 'new'), (str, 'upper'), ((1).real, 'q'),
                (C(), 'ro'), (S(), 'b'), (object(), 'o')]:
    try:
        assign(o, name, 1)
        print('assigned', name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    del C().ro
except AttributeError as e:
    print(e)
try:
    del C().cls_attr
except AttributeError as e:
    print(e)
try:
    del [].append
except AttributeError as e:
    print(e)
e = AttributeError('custom', 'args')
print(e, e.args)
try:
    'x'.foo
except AttributeError as err:
    print(repr(err.name), type(err.obj).__name__)
