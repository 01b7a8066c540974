# str.splitlines with all line boundaries and keepends.
s = 'one\ntwo\r\nthree\rfour\n\nsix'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\n'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('trailing\r'.splitlines(True), '\r\n'.splitlines(True), '\n\r'.splitlines())
print('no newline'.splitlines())
print(b'bytes\nlines\r\nhere'.splitlines(), b'a\x0bb'.splitlines())
