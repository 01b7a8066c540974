# Lock and RLock semantics: re-entry, ownership errors, timeouts, contention.
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with", lock.locked())
print(lock.locked())
for args, kw in [((False, 1), {}), ((), {"timeout": -2})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)

# a Lock may be released by another thread
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("released by other:", lock.locked())

# timeout while another thread holds it
lock.acquire()
res = []
def try_take():
    t0 = time.monotonic()
    res.append(lock.acquire(timeout=0.05))
    res.append(time.monotonic() - t0 >= 0.04)
    res.append(lock.acquire(blocking=False))
t = threading.Thread(target=try_take); t.start(); t.join()
print(res)
lock.release()

for factory in (threading.RLock, threading._PyRLock):
    r = factory()
    print(factory.__name__, r.acquire(), r.acquire(), bool(r.acquire(blocking=False)))
    print(r._is_owned(), r._recursion_count())
    r.release(); r.release(); r.release()
    print(r._is_owned(), r._recursion_count())
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    with r:
        with r:
            print("nested", r._recursion_count())
    # another thread cannot take it, nor release it
    r.acquire()
    out = []
    def other():
        out.append(r.acquire(timeout=0.02))
        out.append(r.acquire(False))
        out.append(r._is_owned())
        try:
            r.release()
        except RuntimeError as e:
            out.append(str(e))
    t = threading.Thread(target=other); t.start(); t.join()
    print(out)
    # _release_save / _acquire_restore (used by Condition)
    r.acquire()
    state = r._release_save()
    print(r._is_owned(), r._recursion_count())
    t = threading.Thread(target=lambda: out.append(r.acquire(False) and (r.release() or "took it")))
    t.start(); t.join()
    print(out[-1])
    r._acquire_restore(state)
    print(r._recursion_count())
    r.release(); r.release()
    try:
        r._release_save()
    except RuntimeError as e:
        print("RuntimeError:", e)

# mutual exclusion: counter increments under a lock lose nothing
counters = [0, 0]
lk = threading.Lock()
rl = threading.RLock()
def bump(n):
    for _ in range(n):
        with lk:
            counters[0] += 1
        with rl:
            with rl:
                counters[1] += 1
ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counters)
