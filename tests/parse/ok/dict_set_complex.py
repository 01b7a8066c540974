d = {1: 2, **other, 'k': [1, 2], (1, 2): {3}}
s = {(1, 2), frozenset(), *rest}
dc = {k: v for k, v in zip(a, b) if k if v}
sc = {x ** 2 for x in range(10) if x % 2}
nested = {a: {b: [c for c in b] for b in a} for a in x}
