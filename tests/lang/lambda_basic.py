# Lambda expressions with all parameter kinds.
sq = lambda x: x * x
print(sq(7), sq(1.5), (lambda: 'noargs')())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
va = lambda *args, **kw: (args, sorted(kw.items()))
print(va(), va(1, 2, k=3, a=0))
ko = lambda a, *, key: a + key
print(ko(1, key=2))
po = lambda a, b, /, c: (a, b, c)
print(po(1, 2, 3), po(1, 2, c=3))
print((lambda x: (lambda y: x + y))(10)(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sq.__name__, type(sq).__name__)
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
cond = lambda x: 'even' if x % 2 == 0 else 'odd'
print(cond(4), cond(7))
print((lambda *a: len(a))(*range(5)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
