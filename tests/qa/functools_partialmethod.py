# functools.partialmethod
import functools, operator

class Calc:
    def op(self, a, b, how):
        return how(a, b)
    add = functools.partialmethod(op, how=operator.add)
    mul = functools.partialmethod(op, how=operator.mul)

c = Calc()
print(c.add(2, 3), c.mul(2, 3))
