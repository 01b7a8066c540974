# String indexing and slicing, including negative steps and non-ASCII.
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-3], s[-1:-5:-1], s[2:8:0] if False else 'step0 skipped')
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
u = 'héllo wörld 日本語 🙂!'
print(len(u), u[1], u[7], u[12:15], u[-2], u[::-1])
print([u[i] for i in range(0, len(u), 4)])
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[2:8:0]
except ValueError as e:
    print('ValueError', e)
try:
    s['a']
except TypeError as e:
    print('TypeError', e)
print(s[slice(1, 4)], s[slice(None, None, -3)], s[True])
for start in (-12, -5, 0, 5, 12):
    print(start, repr(s[start:]), repr(s[:start]), repr(s[start::-2]))
