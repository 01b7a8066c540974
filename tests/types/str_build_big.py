# Building and searching larger strings.
parts = []
for i in range(20000):
    parts.append(str(i))
s = ''.join(parts)
print(len(s), s[:20], s[-20:], s.count('99'), s.find('19999'), s.rfind('0'))
t = ''
for i in range(5000):
    t += chr(97 + i % 26)
print(len(t), t[:30], t.count('abc'), t[-3:])
u = 'ab' * 50000
print(len(u), u.replace('ab', 'xyz')[:9], len(u.replace('a', '')), u.split('ba')[:2], len(u.split('b')))
print(len('x' * 10 ** 6), ('abc' * 1000).upper()[-6:], len('é' * 1000), len(('é' * 1000).encode()))
lines = '\n'.join('line %d' % i for i in range(1000))
print(len(lines.splitlines()), lines.splitlines()[500], lines.count('\n'))
words = ' '.join(['word%d' % (i % 50) for i in range(10000)])
print(len(words.split()), len(set(words.split())), words.index('word49'))
print(('0123456789' * 100)[::100], ('a' * 1000 + 'b').find('ab'), ('a' * 1000).find('aab'))
