# math: exp, log (with base), log2, log10, log1p, expm1, pow, fsum.
import math
def r(x):
    return float('%.12g' % x)
print([r(math.exp(x)) for x in (0, 1, -1, 10, 0.5)], math.exp(0))
print([r(math.log(x)) for x in (1, math.e, 10, 0.5, 1e100)], math.log(1))
print(r(math.log(8, 2)), r(math.log(100, 10)), r(math.log(81, 3)), r(math.log(2 ** 1000)), r(math.log(10 ** 400)))
print(math.log2(8), math.log2(1024), math.log2(2 ** 100), r(math.log2(3)), math.log10(1000), math.log10(1e-5), r(math.log10(2)))
print(r(math.log1p(1e-10)), r(math.expm1(1e-10)), r(math.log1p(1)), r(math.expm1(1)))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(-2, 3), math.pow(1, float('nan')))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 7 for x in range(7)))
for f, args in [(math.log, (0,)), (math.log, (-1,)), (math.log2, (0,)), (math.log10, (-5,)), (math.log1p, (-1,)),
                (math.exp, (1000,)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)), (math.log, (10, 1))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.exp(-1000), math.exp(float('-inf')), math.log(float('inf')))
