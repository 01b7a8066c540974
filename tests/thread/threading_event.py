# Event: set/clear/is_set/wait with and without timeouts, many waiters.
import threading
import time

e = threading.Event()
print(e.is_set(), repr(e).split(": ")[1], repr(e).split(" at ")[0])
t0 = time.monotonic()
print(e.wait(0.02), time.monotonic() - t0 >= 0.015, e.wait(0), e.wait(-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), repr(e).split(": ")[1])
e.clear()
print(e.is_set())

# many waiters released by one set()
start = threading.Event()
ready = []
lock = threading.Lock()
def waiter(i):
    ok = start.wait(10)
    with lock:
        ready.append((i, ok))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(8)]
for t in ts: t.start()
time.sleep(0.02)
print("before set:", len(ready))
start.set()
for t in ts: t.join()
print(sorted(ready))

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(50):
        ping.wait()
        ping.clear()
        log.append(("pong", i))
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(50):
    log.append(("ping", i))
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(len(log), log[:4], log[-2:])
print(all(log[2 * i] == ("ping", i) and log[2 * i + 1] == ("pong", i) for i in range(50)))

# a timed wait that is set in time
e = threading.Event()
timer = threading.Timer(0.02, e.set)
timer.start()
print("set in time:", e.wait(5))
timer.join()
