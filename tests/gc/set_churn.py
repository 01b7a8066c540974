# Sets growing and shrinking; frozensets as dict keys.
s = set()
for i in range(300000):
    s.add(i % 50000)
    if i % 3 == 0:
        s.discard((i * 7) % 50000)
print(len(s), sum(s) % 1000003)
groups = {}
for i in range(20000):
    key = frozenset({i % 10, i % 7})
    groups[key] = groups.get(key, 0) + 1
print(len(groups), sorted(groups.values())[:5], max(groups.values()))
