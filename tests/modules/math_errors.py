# math domain and range errors.
import math
cases = [('sqrt', (-1,)), ('sqrt', (-1e-300,)), ('log', (0,)), ('log', (-2.5,)), ('acos', (2,)), ('asin', (-1.0001,)),
         ('exp', (710,)), ('pow', (10.0, 400)), ('pow', (-1, 0.5)), ('factorial', (-3,)), ('fmod', (float('inf'), 1)),
         ('gamma', (-3,)), ('log', (1, 1)), ('ldexp', (1.0, 10000)), ('cosh', (800,)), ('isqrt', (-4,))]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
for name, arg in [('sqrt', 'x'), ('floor', None), ('log', [1])]:
    try:
        getattr(math, name)(arg)
    except TypeError as e:
        print(name, 'TypeError', e)
print(math.sqrt(float('nan')), math.log(float('nan')), math.exp(float('nan')))
