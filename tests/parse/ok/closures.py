def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
class A:
    x = 1
    def f(self):
        return x
    def g(self):
        return super().g()
    def h(self):
        return __class__
def cls_in_fn():
    y = 1
    class B:
        y = 2
        def m(self):
            return y
    return B
