# find/rfind/index/rindex/count with start and end.
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('o', 5, 10), s.find('zz'), s.find(''))
print(s.rfind('hello'), s.rfind('o'), s.rfind('o', 0, 10), s.rfind(''), s.rfind('', 5))
print(s.index('world'), s.rindex('l'), s.index('o', -6), s.rindex('h', 0, -5))
print(s.count('o'), s.count('l'), s.count('hello'), s.count(''), s.count('o', 10), s.count('l', 3, 4))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'abc'.find('c', -1), 'abc'.find('a', -100, 100))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.count('', 1), ''.count(''))
for meth in ('index', 'rindex'):
    try:
        getattr(s, meth)('nope')
    except ValueError as e:
        print(meth, 'ValueError', e)
print('日本語の本'.find('本'), '日本語の本'.rfind('本'), 'ééé'.count('é'))
print(s.find('o', None, None), s.find('o', None, 3))
print(b'abcabc'.find(b'c'), b'abcabc'.rfind(b'c'), b'abcabc'.count(b'b'), b'abc'.find(99))
print(b'abcabc'.index(b'ca'), bytearray(b'xyz').find(b'z'))
