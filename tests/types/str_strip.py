# strip/lstrip/rstrip with default whitespace and explicit chars.
s = ' \t\n hello world \r\n\x0b\x0c '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), 'www.example.com'.strip('cmowz.'))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')), 'abc'.strip(''))
print('  mid  dle  '.strip(), '\u2003wide\u3000'.strip(), '\xa0nbsp\xa0'.strip())
print('1234abc4321'.strip('0123456789'), 'ééaéé'.strip('é'))
print('hello'.strip(None), 'hello'.removeprefix('he'), 'hello'.removesuffix('lo'))
print('hello'.removeprefix('x'), 'hello'.removesuffix(''), 'aaa'.removeprefix('a'))
print(b'  bytes  '.strip(), b'xxbxx'.strip(b'x'), bytearray(b' ba ').lstrip())
