# str.replace with counts, empty strings, overlaps.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 1), s.replace('one', '1', 2))
print(s.replace('one', '1', 0), s.replace('one', '1', -1), s.replace('xyz', 'abc'))
print('aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'))
print('hello'.replace('l', ''), 'Mississippi'.replace('ss', 'SS'))
print('héllo'.replace('é', 'e'), '日本語'.replace('本', 'ほん'))
print('a.b.c'.replace('.', '/', 1), 'tab\there'.replace('\t', '    '))
print(b'abcabc'.replace(b'b', b'XY'), bytearray(b'aaa').replace(b'a', b'b', 2))
