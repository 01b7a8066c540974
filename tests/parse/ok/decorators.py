@dec
def f():
    pass

@dec1
@dec2(arg)
@a.b.c
@x[0]
@(lambda f: f)
@d if c else e
@f(g)(h)
def g():
    pass

@dataclass
class C:
    pass

@property
def p(self):
    return 1
