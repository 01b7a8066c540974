# time.time() and time.sleep() basics (no timing values are printed).
import time
t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9)
r = time.sleep(0.001)
print(r)
t1 = time.time()
print(t1 >= t0, (t1 - t0) < 60)
time.sleep(0)
print(type(time.monotonic()).__name__ if hasattr(time, 'monotonic') else 'float')
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep('x')
except TypeError as e:
    print('TypeError', e)
