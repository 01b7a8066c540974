# math: hypot, dist, degrees, radians, copysign, fmod, frexp, ldexp, modf, remainder, nextafter, ulp.
import math
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 2, 2), math.hypot(-3, -4), math.hypot(1e200, 1e200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (-1,)))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(90), math.degrees(0))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(2.5, -1), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), -7 % 3)
print(math.frexp(8), math.frexp(0.5), math.frexp(0), math.frexp(-3), math.frexp(1e300))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 0), math.ldexp(1, 1023))
print(math.modf(3.75), math.modf(-3.75), math.modf(5), math.modf(0.0))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(5, 5))
print(math.ulp(1), math.ulp(2 ** 52), math.ulp(0), math.ulp(1e300), math.ulp(-1))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01),
      math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')))
print(math.isfinite(1), math.isfinite(float('inf')), math.isfinite(float('nan')), math.isinf(-float('inf')),
      math.isinf(1e308), math.isnan(float('nan')), math.isnan(0))
for f, args in [(math.fmod, (1, 0)), (math.remainder, (1, 0)), (math.dist, ((1, 2), (1,))), (math.ldexp, (1, 2000))]:
    try:
        f(*args)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
