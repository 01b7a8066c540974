# Set comprehensions and iteration order of sets of small ints.
print({x for x in range(10)}, {x for x in range(10) if x % 2})
print({x % 7 for x in range(100)}, {-x for x in range(4)})
print({(x, x) for x in range(1)}, {x for x in []})
s = set()
for v in (5, 3, 1, 4, 2):
    s.add(v)
print(s, list(s), sorted(s, reverse=True))
s.discard(3)
s.add(30)
print(len(s), sorted(s))
print(set(range(0, 40, 8)) == {0, 8, 16, 24, 32}, 16 in set(range(0, 40, 8)))
nested = {frozenset({i, i + 1}) for i in range(3)}
print(len(nested), sorted(sorted(f) for f in nested))
letters = {c for c in 'abracadabra'}
print(sorted(letters), len(letters), 'c' in letters)
