# Positional-only parameters (/).
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=7))
try:
    h()
except TypeError as e:
    print(e)
def only(a, /):
    return a
print(only(9))
try:
    only(a=9)
except TypeError as e:
    print(e)
