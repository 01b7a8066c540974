# Starred targets and starred expressions.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
[*x] = 'hi'
print(x)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
t = *range(3), 10
print(t)
l = [*'ab', *[1, 2], *(3,), *{4: 'x'}]
print(l)
s = {*range(3), *[2, 3]}
print(s)
d = {**{'a': 1}, **dict(b=2), 'c': 3}
print(d)
def f():
    return *range(2), 'end'
print(f())
for x, *ys in [(1, 2, 3), (4, 5)]:
    print(x, ys)
head, *_ = 'only'
print(head)
print(*[1, 2], *[3])
def g():
    yield *[1, 2], 3
print(list(g()))
nested = [*[*[1, 2], 3], 4]
print(nested)
