# math: sqrt, floor, ceil, trunc, fabs and rounding helpers.
import math
for x in (0, 1, 2, 4, 2.25, 1e10, 1e-10, 2 ** 60, 10 ** 30):
    print(x, math.sqrt(x))
for x in (2.5, -2.5, 3.0, -0.5, 0.0, 1e20, -1e-20, 7, -7, 2 ** 70 + 0.0):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, type(math.fabs(-3)).__name__)
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(-(2 ** 70)))
class F:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.sqrt(True), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(float('inf')))
