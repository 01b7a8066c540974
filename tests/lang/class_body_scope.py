# Class bodies are not enclosing scopes for functions or comprehensions.
x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def method(self):
        return x
    lst = [x for _ in range(1)]
    first = [i * 2 for i in range(3)]
    try:
        bad = [x2 for _ in range(1)] if False else None
    except NameError:
        pass
print(C.y, C().method(), C.lst, C.first)
class D:
    n = 3
    try:
        nums = [n for _ in range(2)]
    except NameError as e:
        nums = 'NameError'
    outer_iter = [v for v in range(n)]
print(D.nums, D.outer_iter)
def f():
    y = 'enclosing'
    class Inner:
        y = 'class-y'
        def get(self):
            return y
        seen = y
    return Inner().get(), Inner.seen
print(f())
def g():
    z = 1
    class K:
        z = 2
        w = z
        def get(self):
            return z
    return K.w, K().get()
print(g())
class Counter:
    total = 0
    for i in range(4):
        total += i
    del i
print(Counter.total, hasattr(Counter, 'i'))
class WithLocals:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print(WithLocals.names)
def h():
    v = 'func-local'
    class H:
        print('class body sees', v)
        v2 = v
    return H.v2
print(h())
