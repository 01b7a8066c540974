# repr() of strings: quote selection and escaping.
tests = ['', 'a', "'", '"', '\'"', 'it\'s "x"', '\\', '\n', '\t\r', '\x00', '\x1b[0m', '\x7f',
         '\x80', '\xa0', '\xad', 'é', '\u2028', '\u200f', '日本', '🙂', '\U000e0001', '\ufeff',
         'tab\tnew\nline', 'mixed \'single\' and "double"']
for t in tests:
    print(repr(t), ascii(t), len(repr(t)))
print(repr(['a', "b'c", 'd"e']), str(['x\n']), repr(('\t',)), repr({'k\x00': 'v'}))
