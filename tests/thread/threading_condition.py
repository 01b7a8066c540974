# Condition: wait/notify/notify_all/wait_for, timeouts, producer-consumer.
import threading
import time

for lock in (None, threading.Lock(), threading.RLock()):
    c = threading.Condition(lock)
    for meth, args in (("wait", ()), ("notify", ()), ("notify_all", ())):
        try:
            getattr(c, meth)(*args)
        except RuntimeError as e:
            print(meth, "RuntimeError:", e)
    with c:
        t0 = time.monotonic()
        print("wait timeout ->", c.wait(0.02), time.monotonic() - t0 >= 0.015)
        print("wait 0 ->", c.wait(0), "wait -1 ->", c.wait(-1))
        print("wait_for true ->", c.wait_for(lambda: 42))
        print("wait_for timeout ->", c.wait_for(lambda: 0, timeout=0.02))
        c.notify(); c.notify_all()
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object"))

# notify(n) wakes exactly n waiters; notify_all wakes the rest
cond = threading.Condition()
state = {"waiting": 0, "woken": 0, "go": 0}
def waiter():
    with cond:
        state["waiting"] += 1      # registered in wait() before the lock is free
        while state["go"] == 0:
            cond.wait()
        state["go"] -= 1
        state["woken"] += 1
def poll(pred):
    while True:
        with cond:
            if pred():
                return
        time.sleep(0.001)
ts = [threading.Thread(target=waiter) for _ in range(5)]
for t in ts: t.start()
poll(lambda: state["waiting"] == 5)
with cond:
    print("waiters:", len(cond._waiters))
    state["go"] = 2
    cond.notify(2)
    print("still waiting:", len(cond._waiters))
poll(lambda: state["woken"] == 2)
with cond:
    print("woken after notify(2):", state["woken"], len(cond._waiters))
    state["go"] = 3
    cond.notify_all()
for t in ts: t.join()
print("woken:", state["woken"], "left:", len(cond._waiters))

# a waiter that times out removes itself
c = threading.Condition(threading.Lock())
with c:
    c.wait(0.01)
    print("after timeout:", len(c._waiters))

# producer / consumer with a bounded buffer
buf, cap = [], 3
cv = threading.Condition()
consumed = []
N = 300
def producer(base):
    for i in range(N):
        with cv:
            cv.wait_for(lambda: len(buf) < cap)
            buf.append(base + i)
            cv.notify_all()
def consumer():
    while True:
        with cv:
            cv.wait_for(lambda: buf)
            item = buf.pop(0)
            cv.notify_all()
        if item is None:
            return
        consumed.append(item)
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
with cv:
    for _ in cs:
        cv.wait_for(lambda: len(buf) < cap)
        buf.append(None)
        cv.notify_all()
for t in cs: t.join()
print(len(consumed), sorted(consumed) == sorted(k * 1000 + i for k in range(3) for i in range(N)))

# wait_for with a timeout that another thread satisfies in time
flag = []
c = threading.Condition()
def later():
    time.sleep(0.02)
    with c:
        flag.append(1)
        c.notify()
t = threading.Thread(target=later); t.start()
with c:
    print("wait_for satisfied:", c.wait_for(lambda: flag, timeout=5))
t.join()
