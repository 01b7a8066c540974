# TypeError messages for bad call arguments.
def f(a, b):
    pass
def g(a, b=1, *, c, d=2):
    pass
def h(*, k):
    pass
def p(a, /, b):
    pass
def none():
    pass
def one(x):
    pass
def three(x, y, z):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def c(cls, x):
        pass
cases = [
    lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: f(1, 2, c=3), lambda: f(1, a=1),
    lambda: g(1), lambda: g(1, 2, 3), lambda: g(c=1), lambda: h(1), lambda: h(), lambda: h(k=1, j=2),
    lambda: p(a=1, b=2), lambda: none(1), lambda: one(), lambda: one(1, 2), lambda: three(1),
    lambda: three(), lambda: three(1, 2, 3, 4), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1),
    lambda: C.s(), lambda: C.c(1, 2), lambda: C(1), lambda: (lambda: 0)(1), lambda: (lambda a: 0)(),
    lambda: f(**{'a': 1, 'b': 2, 'z': 3}), lambda: f(1, *[2, 3]), lambda: len(), lambda: len(1, 2),
    lambda: f(*5), lambda: f(**5), lambda: f(**{1: 2}), lambda: three(1, y=2, **{'y': 3}),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
