# Semaphore and BoundedSemaphore: counting, bounds, timeouts, errors.
import threading
import time

s = threading.Semaphore(2)
print(repr(s).split(" at ")[0], repr(s).split(": ")[1])
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.02))
print(s._value)
s.release(2)
print(s._value, repr(s).split(": ")[1])
with s:
    print("in with", s._value)
print(s._value)
for args, kw in [((-1,), {})]:
    try:
        threading.Semaphore(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
z = threading.Semaphore(0)
t0 = time.monotonic()
print(z.acquire(timeout=0.03), time.monotonic() - t0 >= 0.025, z.acquire(timeout=0), z.acquire(timeout=-1))

b = threading.BoundedSemaphore(3)
print(repr(b).split(" at ")[0], repr(b).split(": ")[1])
b.acquire(); b.acquire()
print(repr(b).split(": ")[1])
b.release(2)
for n in (1, 2):
    try:
        b.release(n)
    except ValueError as e:
        print("ValueError:", e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b._value)

# at most K threads inside at once
K, N = 3, 12
sem = threading.BoundedSemaphore(K)
inside = [0]
peak = [0]
lock = threading.Lock()
def worker():
    for _ in range(20):
        with sem:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.0005)
            with lock:
                inside[0] -= 1
ts = [threading.Thread(target=worker) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= K:", 1 <= peak[0] <= K, "inside:", inside[0], "value:", sem._value)

# release(n) wakes n blocked threads
sem = threading.Semaphore(0)
got = []
def taker(i):
    if sem.acquire(timeout=5):
        got.append(i)
ts = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in ts: t.start()
sem.release(4)
for t in ts: t.join()
print(sorted(got), sem._value)
class MySem(threading.Semaphore):
    pass
print(repr(MySem()).split(" at ")[0])
