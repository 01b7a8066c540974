# bytes methods mirroring str methods.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' dH'), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b','), b.rsplit(b'o', 1), b.strip().split(b', '))
print(b'a,b,c'.split(b',', 1), b'a b  c'.split(None, 1), b'x\ny\r\nz'.splitlines(True))
print(b'-'.join([b'a', b'b']), b'abc'.replace(b'b', b'B'), b'abcb'.count(b'b'))
print(b'abc'.startswith(b'a'), b'abc'.endswith((b'x', b'c')), b'abcabc'.find(b'c', 3), b'abc'.rfind(b'z'))
print(b'hello'.index(b'l'), b'hello'.rindex(b'l'), b'hello'.capitalize(), b'hello world'.title())
print(b'abc'.center(9, b'*'), b'abc'.ljust(5, b'.'), b'abc'.rjust(5), b'12'.zfill(5))
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'12'.isdigit(), b' \t'.isspace(), b'ABC'.isupper())
print(b'abc'.islower(), b'Title Case'.istitle(), b'abc'.isascii(), b'\x80'.isascii())
print(b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), bytes.maketrans(b'a', b'b')[97])
print(b'%s and %d and %x and %r' % (b'bytes', 10, 255, b'r'), b'%5s|%-5s|' % (b'a', b'b'))
print(b'%c%c' % (65, b'B'), b'%b' % b'bin', b'%(k)s' % {b'k': b'v'}, b'%.2f' % 3.14159)
try:
    b'%s' % 'str'
except TypeError as e:
    print('TypeError', e)
