# concurrent.futures under contention: several threads submit to one pool
# at once, done-callbacks race with completion, wait/as_completed run in
# several threads over the same futures.  Nothing is lost or run twice.
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED)

SUBMITTERS = 3
PER = 400

calls = []
calls_lock = threading.Lock()
callbacks = [0]


def work(n):
    with calls_lock:
        calls.append(n)
    if n % 97 == 0:
        raise ValueError(n)
    return n * 2


def on_done(fut):
    with calls_lock:
        callbacks[0] += 1


with ThreadPoolExecutor(4) as ex:
    per_thread = [None] * SUBMITTERS

    def submitter(k):
        fs = []
        for i in range(PER):
            f = ex.submit(work, k * PER + i)
            f.add_done_callback(on_done)
            fs.append(f)
        per_thread[k] = fs

    ts = [threading.Thread(target=submitter, args=(k,)) for k in range(SUBMITTERS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    futures = [f for fs in per_thread for f in fs]

    # Two threads consume the same futures with as_completed, one with wait.
    seen = [None, None]
    def consumer(slot):
        seen[slot] = sorted(id(f) for f in as_completed(futures, timeout=30))
    cs = [threading.Thread(target=consumer, args=(s,)) for s in range(2)]
    for t in cs:
        t.start()
    done, not_done = wait(futures, timeout=30)
    for t in cs:
        t.join()

total = SUBMITTERS * PER
print(len(done), len(not_done), seen[0] == seen[1] == sorted(id(f) for f in futures))
print(len(calls), sorted(calls) == list(range(total)), callbacks[0])
ok = [f.result() for f in futures if f.exception() is None]
bad = sorted(f.exception().args[0] for f in futures if f.exception() is not None)
print(len(ok), sum(ok), bad)

# Many threads finishing many hand-made futures while others wait on them.
fs = [Future() for _ in range(300)]
first = []
def waiter():
    r = wait(fs, return_when=FIRST_COMPLETED)
    first.append(len(r.done) >= 1)
def finisher(part):
    for f in fs[part::3]:
        if f.set_running_or_notify_cancel():
            f.set_result(part)
ws = [threading.Thread(target=waiter) for _ in range(3)]
for t in ws:
    t.start()
fins = [threading.Thread(target=finisher, args=(p,)) for p in range(3)]
for t in fins:
    t.start()
for t in fins + ws:
    t.join()
print(first, sum(f.result() for f in fs), all(f.done() for f in fs))

# Cancels racing with a pool that is starting the same work.
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    blockers = [ex.submit(gate.wait) for _ in range(2)]
    queued = [ex.submit(abs, -i) for i in range(200)]
    cancelled = [0]
    def canceller(part):
        n = 0
        for f in queued[part::2]:
            n += f.cancel()
        with calls_lock:
            cancelled[0] += n
    cts = [threading.Thread(target=canceller, args=(p,)) for p in range(2)]
    for t in cts:
        t.start()
    gate.set()
    for t in cts:
        t.join()
ran = sum(1 for f in queued if not f.cancelled())
print(cancelled[0] + ran == 200, all(f.done() for f in queued),
      all(f.result() == i for i, f in enumerate(queued) if not f.cancelled()))
