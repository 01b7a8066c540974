def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
E = bytearray
for f in [lambda: E() + b'', lambda: E() * 3, lambda: E().pop(), lambda: E().remove(1), lambda: E().reverse(), lambda: E().find(b'a'), lambda: E().split(), lambda: E().split(b','), lambda: E().strip(),
          lambda: E().hex(), lambda: E().decode(), lambda: E().replace(b'', b'x'), lambda: E().center(3), lambda: E().zfill(2), lambda: E().count(b''), lambda: E().splitlines(), lambda: E().partition(b'x'),
          lambda: list(E()), lambda: E() == b'', lambda: b'' in E(), lambda: E().translate(None), lambda: E().expandtabs(), lambda: E().copy(), lambda: E().__alloc__() >= 0, lambda: E()[::-1], lambda: E().title(),
          lambda: E().isalpha(), lambda: E().join([]), lambda: E().insert(0, 1), lambda: E(b'').extend(E()), lambda: E().clear()]:
    t(f)
b = bytearray()
b[:] = b''; b[0:0] = b'ab'; del b[:]; print(b)
b += b''; b *= 0; print(b, len(b))
b.extend(b''); b.append(0); print(b)
s = ''
for f in [lambda: s.split(), lambda: s.rsplit('x'), lambda: s.center(2), lambda: s.zfill(1), lambda: s.title(), lambda: s.expandtabs(), lambda: s.translate({}), lambda: s.encode(), lambda: s.join([]), lambda: s[::-1], lambda: s.partition('x'), lambda: s.replace('', 'a'), lambda: s.find(''), lambda: s.count(''), lambda: s.splitlines(True), lambda: s.casefold(), lambda: '%s' % s, lambda: s.format(), lambda: format(s, ''), lambda: s * 5, lambda: list(s), lambda: s.isidentifier(), lambda: s.istitle()]:
    t(f)
