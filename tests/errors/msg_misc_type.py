# Assorted TypeError messages.
s, lst, tup = 'abc', [1], (1,)
cases = [
    lambda: 'a' + 1, lambda: [1] + (2,), lambda: (1,) + [2], lambda: 'ab' * 1.5, lambda: [1] * 'x',
    lambda: s['x'], lambda: lst['x'], lambda: tup['x'], lambda: {}.fromkeys(1),
    lambda: 'x'.join([1]), lambda: sorted([1, 'x']), lambda: max(1, 'x'), lambda: int([]),
    lambda: float({}), lambda: 'a'.startswith(1), lambda: dict(1), lambda: list(1),
    lambda: range('a'), lambda: chr('a'), lambda: ord(1), lambda: issubclass('a', str),
    lambda: object(1), lambda: 'a' < None, lambda: bytes('abc'), lambda: [] < 1, lambda: round('x'),
    lambda: divmod(1, 'x'), lambda: abs(None), lambda: -None, lambda: getattr(1, 2),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
class C:
    def __len__(self):
        return 'x'
try:
    len(C())
except TypeError as e:
    print(e)
class It:
    def __iter__(self):
        return 1
try:
    iter(It())
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    with 1:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
