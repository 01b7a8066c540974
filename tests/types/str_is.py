# The is* predicate methods.
samples = ['abc', 'ABC', 'Abc', 'abc123', '123', '12.5', '', ' ', ' \t\n', 'Hello World',
           'hello World', 'HELLO', '_id', 'id1', '1id', 'class', 'é', 'ñandú', '²', '½', '٣',
           'Ⅻ', '一二三', 'a b', '\x07', 'tab\there', 'ß', 'ǅ', '🙂', 'x_y', 'X2Y']
methods = ['isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
           'isidentifier', 'isnumeric', 'isdecimal', 'isprintable', 'isascii']
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, m)() else '0' for m in methods))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' '.isspace(), b'AB'.isupper(),
      b'ab'.islower(), b'Ab Cd'.istitle(), b''.isalpha(), b'\xe9'.isalpha())
