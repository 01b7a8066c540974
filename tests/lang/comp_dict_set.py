# Dict and set comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', range(3))})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 3: x for x in range(10)})
print({x for x in range(10) if x % 3 == 0})
print({x % 4 for x in range(100)})
print(sorted({c for c in 'mississippi'}))
print({(a, b): a * b for a in range(3) for b in range(2) if a != b})
print({k: [v for v in range(k)] for k in range(4)})
print({i: {j for j in range(i)} for i in range(4)})
words = ['apple', 'banana', 'avocado', 'blueberry', 'cherry']
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({len(w) for w in words})
d = {str(i): i for i in range(3)}
print(d, type(d).__name__, type({x for x in ''}).__name__)
print({**{k: 0 for k in 'ab'}, 'c': 1})
