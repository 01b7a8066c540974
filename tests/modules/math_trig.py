# math trigonometric and hyperbolic functions (printed to 12 significant digits).
import math
def r(x):
    return float('%.12g' % x)
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -math.pi / 4, 1, 2.5]
for a in angles:
    print(r(a), r(math.sin(a)), r(math.cos(a)), r(math.tan(a)))
for v in (-1, -0.5, 0, 0.5, 1):
    print(v, r(math.asin(v)), r(math.acos(v)), r(math.atan(v)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), math.atan2(0, 1), r(math.atan2(1, 0)))
print(math.atan2(0.0, -0.0) == math.pi, math.atan2(-0.0, -0.0) == -math.pi)
for v in (0, 0.5, 1, -2, 10):
    print(v, r(math.sinh(v)), r(math.cosh(v)), r(math.tanh(v)), r(math.asinh(v)))
print(r(math.acosh(1)), r(math.acosh(10)), r(math.atanh(0.5)), math.atanh(0), math.tanh(1000))
print(math.sin(0.0), math.sin(-0.0), math.cos(0), math.tan(0))
for f, v in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.sin, float('inf'))]:
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
try:
    math.cosh(1000)
except OverflowError as e:
    print('cosh OverflowError', e)
