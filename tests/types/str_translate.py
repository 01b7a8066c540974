# str.maketrans and str.translate.
t = str.maketrans('abc', 'xyz')
print('aabbcc abc'.translate(t), sorted(t.items()))
t2 = str.maketrans('abc', 'xyz', 'd')
print('abcd dcba'.translate(t2))
t3 = str.maketrans({'a': 'AA', 'b': None, 'c': 'C', ord('d'): 100})
print('abcdabcd'.translate(t3))
print('hello'.translate({ord('l'): None}), 'hello'.translate({104: 'J'}))
print('héllo'.translate({ord('é'): 'e'}), 'abc'.translate({}))
class Upper:
    def __getitem__(self, k):
        if chr(k) in 'aeiou':
            return chr(k).upper()
        raise LookupError
print('translate vowels'.translate(Upper()))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print('ValueError', e)
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'))
