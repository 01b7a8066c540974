# concurrent.futures errors: exceptions keep their type and identity,
# result/exception timeouts, CancelledError, InvalidStateError, submit after
# shutdown, broken pools, failing callbacks (logged to stderr), map errors.
import io
import sys
import threading
import traceback
import concurrent.futures as cf
from concurrent.futures import Future, ThreadPoolExecutor


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


class MyError(Exception):
    pass


def fail(kind, *args):
    raise kind(*args)


with ThreadPoolExecutor(2) as ex:
    for kind, args in ((ValueError, ('bad value',)), (KeyError, ('k',)),
                       (MyError, (1, 2)), (ZeroDivisionError, ())):
        f = ex.submit(fail, kind, *args)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, e.args, e is f.exception(), shape(repr(f)))
    # BaseExceptions raised by a call are stored, not raised in the worker.
    for kind in (SystemExit, KeyboardInterrupt, GeneratorExit):
        f = ex.submit(fail, kind, 3)
        print(type(f.exception()).__name__, f.exception().args)
    # The traceback reaches back into the call.
    f = ex.submit(fail, MyError, 'tb')
    try:
        f.result()
    except MyError as e:
        lines = ''.join(traceback.format_tb(e.__traceback__)).splitlines()
        where = [l.split(', in ')[1] for l in lines if l.startswith('  File ')]
        print(where[0], where[-2:])

    # result()/exception() with timeouts.
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    for call in (lambda: slow.result(timeout=0.02), lambda: slow.exception(0),
                 lambda: slow.result(timeout=0)):
        try:
            call()
        except cf.TimeoutError as e:
            print(type(e).__name__, e.args, cf.TimeoutError is TimeoutError)
    gate.set()
    print(slow.result(timeout=5), slow.exception(timeout=5))

    # map: the first failing call's exception comes out of the iterator.
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        print('map', out, e)
    gate.clear()
    it = ex.map(lambda x: gate.wait() and x, [1, 2], timeout=0.02)
    try:
        list(it)
    except TimeoutError as e:
        print('map timeout', type(e).__name__)
    gate.set()

# CancelledError from a cancelled future.
f = Future()
f.cancel()
for call in (f.result, f.exception, lambda: f.result(timeout=0)):
    try:
        call()
    except cf.CancelledError as e:
        print('CancelledError', e.args, isinstance(e, cf._base.Error))
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError),
      issubclass(cf.InvalidStateError, cf._base.Error))

# InvalidStateError when a done future is finished again.
f = Future()
f.set_result(5)
for call in (lambda: f.set_result(6), lambda: f.set_exception(ValueError())):
    try:
        call()
    except cf.InvalidStateError as e:
        print('InvalidStateError', shape(str(e)))
print(f.result())
f = Future()
f.cancel()
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', shape(str(e)))

# submit after shutdown.
ex = ThreadPoolExecutor(1)
ex.submit(int).result()
ex.shutdown()
try:
    ex.submit(int)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    ex.map(int, [1])
except RuntimeError as e:
    print('RuntimeError', e)

# Errors written to stderr, captured here: failing done-callbacks, a
# failing initializer (the pool breaks).
saved = sys.stderr
sys.stderr = captured = io.StringIO()
try:
    f = Future()
    f.add_done_callback(lambda fut: fail(MyError, 'in callback'))
    f.add_done_callback(lambda fut: print('second callback still runs'))
    f.set_result(1)
    f.add_done_callback(lambda fut: 1 / 0)
    # Both workers start (blocked in the initializer) before either fails.
    gate = threading.Event()
    def init(kind, msg):
        gate.wait()
        fail(kind, msg)
    ex = ThreadPoolExecutor(2, initializer=init, initargs=(ValueError, 'init'))
    futs = [ex.submit(int, '1') for _ in range(3)]
    gate.set()
    errs = [type(g.exception()).__name__ for g in futs]
    try:
        ex.submit(int)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
    ex.shutdown()
    f = Future()
    f.set_running_or_notify_cancel()
    try:
        f.set_running_or_notify_cancel()
    except RuntimeError as e:
        print('RuntimeError', e)
finally:
    sys.stderr = saved
print(errs)
lines = captured.getvalue().splitlines()
print([shape(l) for l in lines if not l.startswith(' ')
       and not l.startswith('Traceback')])
print(lines.count('Traceback (most recent call last):'))
