# globals() and locals()
g = globals()
print(type(g).__name__, g['__name__'], 'print' in g, 'g' in g)
g['injected'] = 42
print(injected)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return sorted(l2), l1 is l2 or sorted(l1) == ['x']
print(g2())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
print(locals() is globals())
def closure():
    v = 'outer'
    def inner():
        return sorted(locals())
    return inner()
print(closure())
def closure2():
    v = 'outer'
    def inner():
        v
        return locals()
    return inner()
print(closure2())
