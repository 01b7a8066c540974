import functools
@functools.singledispatch
def fmt(x):
    return f"obj:{x!r}"
@fmt.register
def _(x: int):
    return f"int:{x}"
@fmt.register(float)
@fmt.register(complex)
def _(x):
    return f"num:{x}"
class B: pass
class C(B): pass
@fmt.register(B)
def _(x):
    return "B-ish"
print(fmt(1), fmt(True), fmt(2.5), fmt(1j), fmt("s"), fmt(C()), fmt.dispatch(bool).__name__)
class K:
    @functools.singledispatchmethod
    def f(self, x):
        return "base"
    @f.register(int)
    def _(self, x):
        return "int"
print(K().f(1), K().f("a"))
class P:
    def g(self, a, b=0, *, c=1):
        return (a, b, c)
    h = functools.partialmethod(g, 5, c=9)
print(P().h(), P().h(b=2), repr(functools.partialmethod(P.g, 1))[:30])
from collections import Counter
print(Counter(a=1) <= Counter(a=1, b=2), Counter(a=2) <= Counter(a=1), Counter() < Counter(a=1), Counter(a=1) >= Counter())
