# concurrent.futures: submit/result, map, the executor as a context manager,
# shutdown(wait, cancel_futures), done-callbacks, Future states and reprs.
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, Executor
import concurrent.futures as cf


def shape(r):
    # r with each hex address (and each long decimal id) replaced by '?'.
    out, i = [], 0
    while i < len(r):
        if r.startswith('0x', i):
            out.append('0x?')
            i += 2
            while i < len(r) and r[i] in '0123456789abcdef':
                i += 1
        elif r[i].isdigit() and r[i:i + 6].isdigit():
            out.append('ID')
            while i < len(r) and r[i].isdigit():
                i += 1
        else:
            out.append(r[i])
            i += 1
    return ''.join(out)


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, i) for i in range(20)]
    print([f.result() for f in fs])
    print(all(f.done() for f in fs), any(f.running() for f in fs),
          any(f.cancelled() for f in fs))
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(pow, [2, 3, 4], [1, 2], chunksize=2)))
    print(list(ex.map(square, [])))
    print(ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3, fn=4).result())
    print(shape(repr(fs[0])))
    print(shape(repr(ex.submit(lambda: 'text').result() and fs[1])))
    bad = ex.submit(int, 'x')
    print(shape(repr(bad)) if bad.exception() else None)
print(ex._shutdown)

# Default max_workers and names.
ex = ThreadPoolExecutor()
import os
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
names = ex.submit(lambda: threading.current_thread().name).result()
print(names.split('-')[0], names.split('_')[1])
ex.shutdown()
ex = ThreadPoolExecutor(2, thread_name_prefix='pool')
print(ex.submit(lambda: threading.current_thread().name).result())
ex.shutdown(wait=True)
ex.shutdown()   # twice is harmless
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPoolExecutor(1, initializer=5)
except TypeError as e:
    print('TypeError', e)

# initializer/initargs run once per worker thread.
seen = []
ex = ThreadPoolExecutor(1, initializer=seen.append, initargs=('init',))
print([ex.submit(square, i).result() for i in range(3)], seen)
ex.shutdown()

# shutdown(cancel_futures=True): queued work is cancelled, running work finishes.
gate = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    gate.wait()
    return 'ran'
ex = ThreadPoolExecutor(1)
first = ex.submit(blocker)
started.wait()
rest = [ex.submit(square, i) for i in range(5)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print(first.result(), [f.cancelled() for f in rest], shape(repr(rest[0])))

# shutdown(wait=False) returns at once; the work still completes.
gate.clear()
ex = ThreadPoolExecutor(2)
f = ex.submit(blocker)
ex.shutdown(wait=False)
print(f.done())
gate.set()
print(f.result(timeout=5))

# Done-callbacks: in order, with the future, immediately when already done.
order = []
f = Future()
f.add_done_callback(lambda fut: order.append(('a', fut.result())))
f.add_done_callback(lambda fut: order.append(('b', fut is f)))
print(shape(repr(f)), f.done(), order)
print(f.set_running_or_notify_cancel(), f.running(), shape(repr(f)))
f.set_result([1])
f.add_done_callback(lambda fut: order.append(('late', fut.done())))
print(order, shape(repr(f)))

# Cancel: pending futures cancel, running and done ones do not.
f = Future()
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), shape(repr(f)))
calls = []
f2 = Future()
f2.add_done_callback(lambda fut: calls.append(fut.cancelled()))
print(f2.cancel(), calls, f2.set_running_or_notify_cancel(), shape(repr(f2)))
f3 = Future()
f3.set_running_or_notify_cancel()
print(f3.cancel(), f3.running())
f3.set_exception(KeyError('k'))
print(f3.cancel(), repr(f3.exception()), shape(repr(f3)))

# A subclass keeps its name in the repr; Future[int] is a generic alias.
class MyFuture(Future):
    pass
m = MyFuture()
m.set_result(None)
print(shape(repr(m)), Future[int])
print(isinstance(ThreadPoolExecutor(1), Executor))
try:
    Executor().submit(square, 1)
except NotImplementedError:
    print('NotImplementedError')
with Executor() as e:
    print(type(e).__name__)
print(sorted(n for n in cf.__all__ if n != 'ProcessPoolExecutor'))  # Weft has no process pool
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
