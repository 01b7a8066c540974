# String comparison and ordering.
pairs = [('a', 'b'), ('abc', 'abd'), ('abc', 'ab'), ('', 'a'), ('A', 'a'), ('Z', 'a'),
         ('10', '9'), ('apple', 'Apple'), ('é', 'f'), ('abc', 'abc')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', '123', '_x']))
print(sorted(['b', 'a', 'c'], reverse=True), max('hello'), min('hello'))
print('a' * 3 == 'aaa', 'ab' + 'c' == 'abc')
try:
    'a' < 1
except TypeError as e:
    print('TypeError', e)
print('a' == 1, 'a' != 1, '1' == 1)
print(sorted(['aa', 'a', 'aaa', 'b'], key=len), sorted(['aB', 'Ab', 'ab'], key=str.lower))
