# Thousands of short-lived threads: nothing lost, nothing left behind.
import _thread
import threading
import time

out = []
def append(i):
    out.append(i)

# 3000 threads in batches of 100, each joined
for batch in range(30):
    ts = [threading.Thread(target=append, args=(batch * 100 + i,)) for i in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(out), sorted(out) == list(range(3000)))
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])

# 300 threads never joined (daemon and not): the registry empties by itself
done = threading.Semaphore(0)
def finish(i):
    out.append(i)
    done.release()
for i in range(300):
    threading.Thread(target=finish, args=(i,), daemon=bool(i % 2)).start()
for i in range(300):
    done.acquire()
deadline = time.monotonic() + 10
while threading.active_count() > 1 and time.monotonic() < deadline:
    time.sleep(0.001)
print(len(out), threading.active_count())

# threads that fail do not leak either
reports = []
threading.excepthook = lambda args: reports.append(args.exc_type.__name__)
ts = [threading.Thread(target=lambda: 1 / 0) for _ in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.excepthook = threading.__excepthook__
print("reports:", len(reports), set(reports), threading.active_count())

# threads started with _thread that ask for current_thread() get dummies
names = []
lock = threading.Lock()
left = [20]
def foreign():
    t = threading.current_thread()
    with lock:
        names.append((type(t).__name__, t.daemon, t.is_alive(), t is threading.current_thread()))
        left[0] -= 1
for _ in range(20):
    _thread.start_new_thread(foreign, ())
while True:
    with lock:
        if left[0] == 0:
            break
    time.sleep(0.001)
print(len(names), set(names))

# a chain: each thread starts the next one and joins it
depth = []
def chain(n):
    depth.append(n)
    if n < 50:
        t = threading.Thread(target=chain, args=(n + 1,))
        t.start()
        t.join()
chain(0)
print(len(depth), depth[-1])
