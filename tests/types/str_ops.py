# Concatenation, repetition, membership, iteration, len, conversions.
s = 'abc'
print(s + 'def', s * 3, 3 * s, s * 0, s * -2, '' * 100)
print('b' in s, 'bc' in s, 'ac' in s, '' in s, 'B' not in s)
print([c for c in s], list(s), tuple(s), len(s), len(''), len('a\nb'))
print(str(), str(5), str(-2.5), str([1, 'a']), str(None), str(b'x'), str((1,)))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr('\\'))
print(s.__len__(), s.__getitem__(1), s.__contains__('c'), s.__add__('!'), s.__mul__(2))
print(str.__name__, type(s).__name__, isinstance(s, str))
t = 'x'
for i in range(5):
    t += str(i)
print(t)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError', e)
print(hash('abc') == hash('ab' + 'c'), 'abc' == ''.join(['a', 'b', 'c']))
print(min('zyx', 'abc'), max(['a', 'ba', 'b']), sum(len(w) for w in ['ab', 'cde']))
print(s.count('a'), s.index('c'), s.zfill(5), s.title(), s.center(7, '.'))
