# Keyword-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=0))
def g(*args, key=None, reverse=False):
    return sorted(args, key=key, reverse=reverse)
print(g(3, 1, 2), g(3, 1, 2, reverse=True), g('bb', 'a', key=len))
def h(*, only):
    return only
print(h(only='x'))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
def k(a, *rest, flag=False, **others):
    return a, rest, flag, others
print(k(1, 2, 3, flag=True, extra=1))
print(f.__kwdefaults__, h.__kwdefaults__)
