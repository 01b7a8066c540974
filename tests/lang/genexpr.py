# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(''.join(c.upper() for c in 'abc'))
print(sorted((x % 3 for x in range(7)), reverse=True))
first_iter_evaluated = []
def src():
    first_iter_evaluated.append(True)
    return range(3)
lazy = (x for x in src())
print(first_iter_evaluated)
print(list(lazy))
try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError:
    print('lazy error raised on second next')
nested = ((a, b) for a in 'xy' for b in (x for x in range(2)))
print(list(nested))
print(dict((k, v) for k, v in zip('ab', [1, 2])))
n = 10
gen = (n * i for i in range(3))
n = 100
print(list(gen))
print(tuple(c for c in 'tup'), set(x % 2 for x in range(10)))
