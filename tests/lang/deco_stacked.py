# Stacked decorators apply bottom-up; order of evaluation of decorator expressions.
log = []
def mark(label):
    log.append('factory ' + label)
    def deco(fn):
        log.append('apply ' + label)
        def wrapper():
            return label + '(' + fn() + ')'
        return wrapper
    return deco
@mark('outer')
@mark('middle')
@mark('inner')
def base():
    return 'x'
print(log)
print(base())
def double(fn):
    return lambda *a: fn(*a) * 2
def inc(fn):
    return lambda *a: fn(*a) + 1
@double
@inc
def five():
    return 5
@inc
@double
def five2():
    return 5
print(five(), five2())
class A:
    @staticmethod
    @double
    def s(x):
        return x
    @classmethod
    @inc
    def c(cls, x):
        return x
    @property
    @inc
    def p(self):
        return 10
print(A.s(4), A.c(4), A().p)
