# Barrier: cycles, indices, action, abort, reset, timeouts, broken state.
import threading
import time

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken, repr(b).split(": ")[1])

# three cycles through one barrier; every index is handed out once per cycle
log = []
lock = threading.Lock()
actions = []
b = threading.Barrier(4, action=lambda: actions.append(len(log)))
def runner(i):
    for cycle in range(3):
        idx = b.wait()
        with lock:
            log.append((cycle, idx))
ts = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(log) == [(c, i) for c in range(3) for i in range(4)], len(actions))
print(b.n_waiting, b.broken)

# timeout: the waiter breaks the barrier
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken by timeout:", type(e).__name__, repr(e), b.broken, repr(b).split(": ")[1])
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, b.n_waiting)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# abort wakes waiting threads with BrokenBarrierError
b = threading.Barrier(3)
errs = []
def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        with lock:
            errs.append("broken")
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
print("n_waiting:", b.n_waiting)
b.abort()
for t in ts: t.join()
print(errs, b.broken, b.n_waiting)

# reset while threads wait: they get BrokenBarrierError, the barrier is usable again
b = threading.Barrier(3)
errs = []
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.reset()
for t in ts: t.join()
print(errs, b.broken)
res = []
def ok():
    res.append(b.wait(timeout=5))
ts = [threading.Thread(target=ok) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))

# a failing action breaks the barrier; the thread that ran it gets the error
def boom():
    raise ValueError("action failed")
b = threading.Barrier(2, action=boom)
out = []
def part():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("BrokenBarrierError")
    except ValueError as e:
        out.append("ValueError: %s" % e)
ts = [threading.Thread(target=part) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), b.broken)

# per-call timeout overrides the default
b = threading.Barrier(2, timeout=30)
t0 = time.monotonic()
try:
    b.wait(0.02)
except threading.BrokenBarrierError:
    print("per-call timeout:", time.monotonic() - t0 < 5)
b = threading.Barrier(1)
print("single party:", b.wait(), b.wait())
