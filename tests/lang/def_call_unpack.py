# Argument unpacking at call sites and evaluation order of arguments.
def show(*a, **k):
    return a, k
print(show(*[1, 2], 3, *(4,), k1=1, **{'k2': 2}))
print(show(**{'a': 1}, b=2, **{'c': 3}))
print(show(*'xy', *b'z'))
print(show(*{1: 'a', 2: 'b'}.values()))
order = []
def arg(n):
    order.append(n)
    return n
show(arg(1), arg(2), k=arg(3), *[arg(4)], **{'z': arg(5)})
print(order)
def fn(a, b, c):
    return a - b - c
print(fn(*(10, 1), 2), fn(10, *[3, 4]), fn(c=1, *(5, 1)))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    fn(1, 2, 3, b=4)
except TypeError as e:
    print(e)
def gen():
    yield 1
    yield 2
print(show(*gen()))
print(max(*[3, 9, 2]), print(*[1, 2, 3], sep='-'))
