# Conditions on various numeric values and containers in loops.
vals = [0, 1, -1, 0.0, -0.0, 1e-300, float('inf'), float('nan'), 2 ** 100, -2 ** 100]
for v in vals:
    print(repr(v), bool(v), 'T' if v else 'F')
n = 5
steps = 0
while n:
    n -= 1
    steps += 1
print(steps)
s = 'abc'
while s:
    s = s[1:]
    print(repr(s))
print([x for x in [0, 1, '', 'a', None, [], [0]] if x])
print(len([x for x in range(-5, 5) if x]))
