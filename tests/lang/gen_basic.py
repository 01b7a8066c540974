# Generator functions: laziness, state, exhaustion.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        yield i
        i += 1
    print('end')
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(count_up(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def gen_in_for():
    yield 'a'
    yield 'b'
for x in gen_in_for():
    print('got', x)
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return 'done'
print(list(with_return()))
gen = (lambda: (yield 5))()
print(next(gen))
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
print(list(squares(evens(range(10)))))
g2 = count_up(2)
print(iter(g2) is g2)
print(sum(x for x in count_up(5)))
def yield_expr_value():
    x = yield 1
    print('received', x)
    yield 2
y = yield_expr_value()
print(next(y), next(y))
def multi():
    yield 1, 2
    yield [3]
print(list(multi()))
