# The threading module's own state under concurrent use: threads started
# and joined from many threads at once, registry readers racing with them,
# several joiners of one thread, busy barriers and conditions.
import threading
import time

lock = threading.Lock()
done = []
errors = []

def leaf(tag):
    with lock:
        done.append(tag)

def spawner(k):
    for batch in range(5):
        ts = [threading.Thread(target=leaf, args=((k, batch, i),)) for i in range(20)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
            if t.is_alive():
                errors.append("alive after join")

stop = threading.Event()
def reader():
    n = 0
    while not stop.is_set():
        for t in threading.enumerate():
            if not isinstance(t, threading.Thread):
                errors.append("bad entry")
        if threading.active_count() < 1:
            errors.append("bad count")
        threading.current_thread()
        n += 1
    with lock:
        done.append(("reader", n > 0))

readers = [threading.Thread(target=reader) for _ in range(2)]
spawners = [threading.Thread(target=spawner, args=(k,)) for k in range(4)]
for t in readers + spawners:
    t.start()
for t in spawners:
    t.join()
stop.set()
for t in readers:
    t.join()
leaves = [d for d in done if d[0] != "reader"]
print(len(leaves), len(set(leaves)), sorted(d for d in done if d[0] == "reader"))
print(errors, threading.active_count())

# many threads join the same thread at once, some with timeouts
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
results = []
def joiner(timeout):
    target.join(timeout)
    with lock:
        results.append(target.is_alive())
js = [threading.Thread(target=joiner, args=(None if i % 2 else 5,)) for i in range(8)]
for j in js:
    j.start()
time.sleep(0.01)
gate.set()
for j in js:
    j.join()
print(results, target.is_alive())

# a barrier cycled by 6 threads 100 times, with an action
cycles = []
b = threading.Barrier(6, action=lambda: cycles.append(1))
idx = []
def cycler():
    mine = []
    for _ in range(100):
        mine.append(b.wait())
    with lock:
        idx.extend(mine)
ts = [threading.Thread(target=cycler) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(len(cycles), len(idx), [idx.count(i) for i in range(6)])

# a condition shared by 4 producers and 4 consumers, notify() only
cv = threading.Condition()
items = []
got = []
def produce(base):
    for i in range(500):
        with cv:
            items.append(base + i)
            cv.notify()
def consume():
    mine = []
    while True:
        with cv:
            while not items:
                cv.wait()
            x = items.pop()
        if x is None:
            break
        mine.append(x)
    with lock:
        got.extend(mine)
cs = [threading.Thread(target=consume) for _ in range(4)]
ps = [threading.Thread(target=produce, args=(k * 10000,)) for k in range(4)]
for t in cs + ps: t.start()
for t in ps: t.join()
with cv:
    items[0:0] = [None] * 4      # consumed after every real item
    cv.notify_all()
for t in cs: t.join()
print(len(got), sorted(got) == sorted(k * 10000 + i for k in range(4) for i in range(500)))

# RLock and Semaphore hammered from 6 threads
rl = threading.RLock()
sem = threading.BoundedSemaphore(2)
count = [0]
def hammer():
    for _ in range(500):
        with rl:
            with rl:
                count[0] += 1
        with sem:
            pass
ts = [threading.Thread(target=hammer) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(count[0], sem._value)
