x = 0
def f():
    global x
    x = 1
    def g():
        nonlocal y
        y = 2
    y = 1
    return g
def h():
    global a, b
    a = b = 1
def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 1
            return v
        return inner
    return middle
