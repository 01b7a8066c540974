# str() constructor.
print(str(), str(1), str(-2.5), str([1, 'a']), str(None), str(True), str(b'ab'), str(str), str(1e16))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'utf-8', 'replace'))
class S:
    def __str__(self):
        return 'custom str'
class R:
    def __repr__(self):
        return 'only repr'
print(str(S()), str(R()), str([S()]) if False else 'skip', str(object='kw'))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    str('abc', 'utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    str(b'\xff', 'ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
class MyStr(str):
    pass
m = MyStr('sub')
print(type(str(m)).__name__, str(m) == 'sub')
