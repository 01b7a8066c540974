# Timer: delayed calls, args/kwargs, cancel, names.
import threading
import time

out = []
def record(*args, **kwargs):
    out.append((args, sorted(kwargs.items())))

t = threading.Timer(0.01, record, args=(1, 2), kwargs={"k": "v"})
print(type(t).__name__, isinstance(t, threading.Thread), t.interval, t.args, t.kwargs)
print(repr(t).startswith("<Timer(Thread-"), t.name.startswith("Thread-"), "(" in t.name)
t.start()
t.join()
print(out, t.finished.is_set())

# cancelled before it fires: the function never runs
t = threading.Timer(10, record, args=("never",))
t0 = time.monotonic()
t.start()
t.cancel()
t.join()
print(out[-1], time.monotonic() - t0 < 5, t.is_alive())

# defaults: args [] and kwargs {}
t = threading.Timer(0, record)
print(t.args, t.kwargs)
t.start(); t.join()
print(out[-1])

# several timers fire in order of their delays
order = []
lock = threading.Lock()
def mark(n):
    with lock:
        order.append(n)
ts = [threading.Timer(d, mark, args=(d,)) for d in (0.4, 0.0, 0.2)]
for t in ts: t.start()
for t in ts: t.join()
print(order)
t = threading.Timer(0.01, mark, (99,))
t.cancel()          # cancel before start: run() sees finished set
t.start(); t.join()
print(order[-1])
