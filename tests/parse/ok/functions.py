def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, *args, c, d=2, **kwargs):
    return a

def i(a, /, b, *, c):
    pass

def j(a=1, /, b=2, *, c=3):
    pass

def k(*, a):
    pass

def l(a: int, b: "str" = "x", *args: tuple, c: float = 1.0, **kw: dict) -> None:
    pass

def m(*args: *Ts):
    pass

def n(self, a, b, /):
    return

def o(a, b, /, *args, **kwargs):
    ...

def p(x,):
    pass

def q(*a, b,):
    pass

def r(**k,):
    pass

def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
