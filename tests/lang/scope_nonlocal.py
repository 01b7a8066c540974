# The nonlocal statement.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def outer():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return mid(), x
print(outer())
def multi():
    a = b = 0
    def f():
        nonlocal a, b
        a += 1
        b -= 1
    f(); f()
    return a, b
print(multi())
def skip_level():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v = 99
        inner()
    mid()
    return v
print(skip_level())
def acc():
    total = []
    def add(x):
        total.append(x)
        return total
    return add
add = acc()
add(1)
print(add(2))
def loop_nonlocal():
    n = 0
    def bump():
        nonlocal n
        for n in range(5):
            pass
    bump()
    return n
print(loop_nonlocal())
