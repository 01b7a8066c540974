# OverflowError messages.
import math
cases = [lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: 2 ** 2000 / 1, lambda: int(float('inf')),
         lambda: math.exp(1000), lambda: (1 << 10000) * 1.0, lambda: 'x' * (2 ** 63),
         lambda: [0] * (2 ** 63), lambda: round(float('inf')), lambda: (256).to_bytes(1, 'big'),
         lambda: math.ldexp(1.0, 5000), lambda: math.pow(10, 400), lambda: len(range(2 ** 64)),
         lambda: 2.0 ** 5000]
for c in cases:
    try:
        r = c()
        print('no error', r)
    except OverflowError as e:
        print('OverflowError', e)
    except (ValueError, MemoryError) as e:
        print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
