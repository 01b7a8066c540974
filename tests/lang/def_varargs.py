# *args and **kwargs in definitions and calls.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(b=2, a=1), type(g()).__name__)
def h(a, b, *args, **kwargs):
    return a, b, args, kwargs
print(h(1, 2))
print(h(1, 2, 3, 4, x=5, y=6))
print(h(*[1, 2, 3]))
print(h(**{'a': 1, 'b': 2, 'c': 3}))
print(h(1, *(2, 3), *[4], x=1, **{'y': 2}, **{'z': 3}))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(1, 2, 3), total(1, 2, start=10), total())
def forward(*args, **kwargs):
    return h(*args, **kwargs)
print(forward(9, 8, 7, q=0))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
args = (1, 2)
kwargs = {'c': 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(*'ab', 'c') if False else three(*range(3)))
print(f(*'abc'), f(*{'k': 1}), f(*range(3), *range(2)))
