# ValueError messages.
cases = [
    lambda: int('x'), lambda: int('12.5'), lambda: int(''), lambda: int('0x1g', 16), lambda: int('9', 8),
    lambda: float('abc'), lambda: float(''), lambda: [1, 2].remove(3), lambda: [1].index(2),
    lambda: (1, 2).index(3), lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'), lambda: b'abc'.index(b'z'),
    lambda: range(3).index(5), lambda: chr(-1), lambda: 'a'.split(''), lambda: 'abc'.partition(''),
    lambda: int('1', 99), lambda: bytes([300]), lambda: bytes.fromhex('xyz'), lambda: '{0}{}'.format(1, 2),
    lambda: range(1, 5, 0), lambda: slice(1, 2, 0).indices(5),
    lambda: [1, 2, 3][::0], lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode('utf-8'),
    lambda: 1 << -1, lambda: (1).to_bytes(1, 'sideways'), lambda: pow(2, -1, 4), lambda: max([]),
    lambda: min((), key=len), lambda: '%z' % 1, lambda: format(1, '=s'),
    lambda: int(float('nan')), lambda: list(zip([1], [1, 2], strict=True)),
]
for c in cases:
    try:
        c()
        print('no error')
    except ValueError as e:
        print(type(e).__name__, e)
for seq, n in (([1, 2, 3], 2), ([1], 2), ('abcd', 3)):
    try:
        a, b = seq
    except ValueError as e:
        print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
try:
    [a] = []
except ValueError as e:
    print(e)
