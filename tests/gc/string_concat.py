# Strings built by repeated concatenation and many temporary strings.
s = ''
for i in range(100000):
    s += 'x'
print(len(s))
t = ''
for i in range(20000):
    t = t + str(i % 10)
print(len(t), t[:15], t[-5:])
parts = []
for i in range(200000):
    parts.append('item%d,' % i)
joined = ''.join(parts)
print(len(joined), joined[:20], joined.count(','))
total = 0
for i in range(300000):
    total += len(str(i) + '-' + str(i * 2))
print(total)
words = ' '.join(['w' + str(i % 100) for i in range(100000)]).split()
print(len(words), len(set(words)))
