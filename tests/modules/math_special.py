# math: erf, erfc, gamma, lgamma (printed to 12 significant digits).
import math
def r(x):
    return float('%.12g' % x)
for x in (-2, -0.5, 0, 0.5, 1, 2, 3.5):
    print(x, r(math.erf(x)), r(math.erfc(x)))
for x in (0.5, 1, 2, 3, 4.5, 5, 10, -0.5, -1.5):
    print(x, r(math.gamma(x)), r(math.lgamma(x)))
print(math.gamma(1), math.gamma(5), math.gamma(7), math.lgamma(1), math.lgamma(2))
for f, v in [(math.gamma, 0), (math.gamma, -1), (math.lgamma, 0), (math.lgamma, -2)]:
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, v, 'ValueError', e)
try:
    math.gamma(200)
except OverflowError as e:
    print('gamma OverflowError', e)
print(math.erf(float('inf')), math.erfc(float('-inf')), math.erf(0.0))
