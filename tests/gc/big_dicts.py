# Building and dropping big dicts with string and int keys.
total = 0
for r in range(5):
    d = {}
    for i in range(100000):
        d['key%d' % i] = i * r
    total += d['key99999'] + len(d)
    del d
print(total)
survivor = {i: str(i) for i in range(200000)}
for i in range(0, 200000, 2):
    del survivor[i]
print(len(survivor), survivor[199999], sum(int(v) for v in survivor.values()) % 1000003)
nested = {}
for i in range(1000):
    nested[i] = {j: [j] * 3 for j in range(50)}
print(sum(len(v) for v in nested.values()), nested[999][49])
