S = ['.Σb ǅ', 'ß', 'bİ\nb 中中 A', 'ǅ', 'bﬁ,Aﬁb', 'ﬁΣbAbǅ.1中', 'ǅ,', '1ǅ\t,ﬁﬁ\nß,', ' ﬁb  \n\r\nǅ中', 'é🙂ﬁ🙂ß1A\tA ﬁ1', '\r\né🙂1   ,İ', '\té.\r\n中b', ' ǅﬁééß  \r\nﬁ🙂', ' ', '\r\n b1', 'ﬁ🙂1Σßa🙂ß\t  ', '\r\n', '', '1.A', 'Σ\r\n \t🙂Σ', 'B.中ǅB中ßΣ', '. \t', 'AA', '', 'ﬁ\tB1a.中', 'ß  ﬁé.İ  b', 'ǅΣΣΣΣ,\r\n', 'Σb\n \n🙂\t,é  ', '', 'a', '.ǅ,ß  a \n  ', '.Bß  ß\r\n', ',', '🙂\r\n\r\n1 .,', 'éB\r\n\tİa\nİß.ǅ', '', 'İ1 Bİß\tßAǅǅİ', 'A  \nAΣ', 'A\nİ\r\nßaaB\r\nB\n', '  ß🙂ßß A,A\r\n\n', '\n\r\n    a', 'ß ,Σ\n\r\n\t', 'é Σ🙂Σ ', '\t\t.a.ﬁ🙂.    \r\n', 'ß.ǅǅ.aa,İ.', '\n\naB\n1', 'AﬁéBǅ中.b', 'ß🙂ﬁİ中İ.ǅ.İİ', '', '\t  a.\t.\r\n', ',ǅbéİİǅ\r\n,', 'bA\nBb,İ🙂', 'a 🙂é  İ  İ', 'B🙂İ', '\r\nİAİBǅ\n🙂', '中,', '🙂é A中 ', '1,.', 'ß.B.🙂A,Σ\r\n\tA', '中İ']
P = ['a', ',', ' ', 'ab', 'é', '中', '🙂', 'xyz']

def show(*a):
    out = []
    for f in a:
        try: out.append(repr(f()))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(' | '.join(out))
for s in S:
    show(lambda: s.upper(), lambda: s.lower(), lambda: s.title(), lambda: s.capitalize(), lambda: s.swapcase(), lambda: s.casefold())
    show(lambda: s.split(), lambda: s.rsplit(None, 1), lambda: s.split(None, 2), lambda: s.splitlines(), lambda: s.splitlines(True), lambda: s.strip(), lambda: s.lstrip(' a'), lambda: s.rstrip('ab'))
    show(lambda: s.isalpha(), lambda: s.isupper(), lambda: s.islower(), lambda: s.istitle(), lambda: s.isspace(), lambda: s.isalnum(), lambda: s.isprintable(), lambda: s.isidentifier(), lambda: s.isascii())
    show(lambda: s.center(15, '*'), lambda: s.ljust(13), lambda: s.rjust(14, 'é'), lambda: s.zfill(10), lambda: s.expandtabs(3), lambda: repr(s), lambda: ascii(s), lambda: s.encode(), lambda: s.encode('latin-1', 'replace'))
    show(lambda: s[::2], lambda: s[::-3], lambda: s[1:-1], lambda: s * 2, lambda: s + 'é', lambda: hash(s) == hash(s[:] + ''), lambda: format(s, '^12'), lambda: '%-8s|%r' % (s, s))
    for p in P:
        show(lambda: s.split(p), lambda: s.rsplit(p, 1), lambda: s.partition(p), lambda: s.rpartition(p), lambda: s.find(p), lambda: s.rfind(p), lambda: s.count(p), lambda: s.replace(p, '<>'), lambda: s.replace(p, '', 1), lambda: s.startswith(p), lambda: s.endswith(p), lambda: p in s, lambda: s.find(p, 2, -1), lambda: s.rfind(p, -5), lambda: s.strip(p), lambda: p.join(s.split()), lambda: s < p, lambda: s.removeprefix(p), lambda: s.removesuffix(p))
