# concurrent.futures.wait and as_completed: every return_when, timeouts,
# duplicates, futures from several executors, already-finished futures.
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def done_with(value):
    f = Future()
    f.set_result(value)
    return f


def failed_with(exc):
    f = Future()
    f.set_exception(exc)
    return f


def cancelled():
    f = Future()
    f.cancel()
    f.set_running_or_notify_cancel()
    return f


def names(fs, table):
    return sorted(table[f] for f in fs)


a, b, c = done_with(1), failed_with(ValueError('v')), cancelled()
p1, p2 = Future(), Future()
table = {a: 'a', b: 'b', c: 'c', p1: 'p1', p2: 'p2'}

for how in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
    r = wait([a, b, c], return_when=how)
    print(how, names(r.done, table), names(r.not_done, table), type(r).__name__)
    r = wait([a, p1, p2], timeout=0.02, return_when=how)
    print(how, names(r.done, table), names(r.not_done, table))
print(wait([a, p1], timeout=0)._fields)
r = wait([a, a, c, c])
print(names(r.done, table), len(r.done))
print(wait([]))
done, not_done = wait([p1, a], timeout=0.01)
print(names(done, table), names(not_done, table))
try:
    wait([p1], timeout=0, return_when='NOT_A_CONDITION')
except ValueError as e:
    print('ValueError', e)

# Waking up: another thread finishes futures while wait() blocks.
def finish_later(fut, value, delay_event):
    delay_event.wait()
    fut.set_result(value)

go = threading.Event()
x, y = Future(), Future()
table.update({x: 'x', y: 'y'})
t = threading.Thread(target=finish_later, args=(x, 'X', go))
t.start()
go.set()
r = wait([x, y], return_when=FIRST_COMPLETED)
print('first', names(r.done, table), names(r.not_done, table))
t.join()
y.set_exception(KeyError('boom'))
z = Future()
table[z] = 'z'
r = wait([x, y, z], return_when=FIRST_EXCEPTION)
print('first exception', names(r.done, table), names(r.not_done, table))

with ThreadPoolExecutor(4) as ex:
    gate = threading.Event()
    fs = [ex.submit(lambda i=i: i * 10 if i != 3 else 1 / 0) for i in range(6)]
    slow = ex.submit(gate.wait)
    r = wait(fs)
    print(len(r.done), len(r.not_done), sorted(repr(f.exception()) for f in fs if f.exception()))
    r = wait(fs + [slow], timeout=0.05)
    print(len(r.done), len(r.not_done), slow in r.not_done)
    r = wait(fs + [slow], return_when=FIRST_EXCEPTION)
    print(len(r.done), slow in r.not_done)
    gate.set()
    r = wait([slow], timeout=5)
    print(slow in r.done, slow.result())

    # as_completed: finished futures first, then each as it finishes.
    results = sorted(f.result() for f in as_completed([ex.submit(pow, 2, i) for i in range(8)]))
    print(results)
    ready = done_with('ready')
    events = [threading.Event() for _ in range(3)]
    later = [ex.submit(lambda e=e, i=i: (e.wait(), i)[1]) for i, e in enumerate(events)]
    order = []
    it = as_completed(later + [ready, ready])
    order.append(next(it).result())
    for e in reversed(events):
        e.set()
        order.append(next(it).result())
    print(order, list(it))
    print([f.result() for f in as_completed([])])

    # Timeouts: TimeoutError names how many futures are unfinished.
    block = threading.Event()
    pending = [ex.submit(block.wait) for _ in range(2)]
    got = []
    try:
        for f in as_completed(pending + [done_with(1), done_with(2)], timeout=0.05):
            got.append(f.result())
    except TimeoutError as e:
        print('TimeoutError', e, sorted(got))
    try:
        list(as_completed(pending, timeout=0))
    except TimeoutError as e:
        print('TimeoutError', e)
    block.set()
    print(sorted(f.result() for f in as_completed(pending, timeout=5)))

# A cancelled future counts as completed once the executor notices.
f = Future()
f.cancel()
print(names(wait([f, a], timeout=0).done, {f: 'f', a: 'a'}))
f.set_running_or_notify_cancel()
print(names(wait([f, a], timeout=0).done, {f: 'f', a: 'a'}))
print([g is f for g in as_completed([f])])
