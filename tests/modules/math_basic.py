# math: real functions, constants, classification, rounding to int.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in (0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456):
    print(x, math.sqrt(x), math.exp(x), math.expm1(x), math.log1p(x))
for x in (0.5, 1.0, 2.0, 100.0, 1e300):
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 10))
for x in (-1.0, -0.5, 0.0, 0.25, 1.0):
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in (-1.0, 0.0, 0.5, 1.0):
    print(x, math.asin(x), math.acos(x))
print(math.acosh(1.0), math.acosh(2.0), math.atanh(0.5), math.atanh(-0.25))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(1, math.inf))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(1, math.inf))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(5e-324), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, -2000))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(2.0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(4, 0.5))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(2.9), math.trunc(-2.9))
print(math.floor(7), math.ceil(True), math.trunc(10**30), math.floor(1e20), type(math.floor(1.5)))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf))
print(math.cbrt(8.0), math.cbrt(-64.0), math.exp2(10), math.exp2(-1), math.exp2(0.5))
print(math.erf(0.0), math.erf(0.5), math.erfc(0.5), math.gamma(1), math.gamma(5), math.gamma(0.5), math.lgamma(1), math.lgamma(2))
class Floorable:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()))
class F:
    def __float__(self): return 2.25
print(math.sqrt(F()), math.floor(F()))
