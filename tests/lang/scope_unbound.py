# UnboundLocalError and related scoping errors.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
f()
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print(e)
    y = 0
g()
def h():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(h())
def cond(flag):
    if flag:
        val = 'set'
    try:
        return val
    except UnboundLocalError as e:
        return 'unbound: ' + str(e)
print(cond(True), '|', cond(False))
print(issubclass(UnboundLocalError, NameError))
def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
    return inner()
print(outer())
def closure_unbound():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = 'bound now'
    return inner()
print(closure_unbound())
