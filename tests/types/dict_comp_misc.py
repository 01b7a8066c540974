# dict comprehensions, nested dicts, dicts of lists, counting idioms.
text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: c for w, c in counts.items() if c > 1})
inverted = {}
for w, c in counts.items():
    inverted.setdefault(c, []).append(w)
print(inverted)
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), len(matrix))
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, nested['a']['b'].get('c'))
print({k: v for k, v in zip('abc', 'xyz')}, {i: chr(65 + i) for i in range(4)})
print(dict(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)))
squares = {n: n ** 2 for n in range(-3, 4)}
print(squares, {v: k for k, v in squares.items()})
d = dict.fromkeys(range(5), 0)
for i in range(5):
    d[i] += i * 10
print(d, max(d, key=d.get), min(d.values()))
