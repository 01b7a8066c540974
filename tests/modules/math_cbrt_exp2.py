# math.cbrt and math.exp2 (new in 3.11), plus math.trunc/fabs on edge values.
import math
def r(x):
    return float('%.12g' % x)
print([r(math.cbrt(x)) for x in (0.0, 1, 8, 27, -8)], math.cbrt(-0.0), r(math.cbrt(2)), r(math.cbrt(1e300)))
print([math.exp2(x) for x in (0, 1, 10, -1, -2, 0.5 * 0)], r(math.exp2(0.5)), math.exp2(-1074), math.exp2(1023))
print(math.cbrt(float('inf')), math.cbrt(float('-inf')), math.exp2(float('-inf')), math.isnan(math.cbrt(float('nan'))))
try:
    math.exp2(1024)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.cbrt('8')
except TypeError as e:
    print('TypeError', e)
