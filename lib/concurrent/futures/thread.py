"""ThreadPoolExecutor for Weft: calls run on a pool of worker threads.

Workers are started lazily, one per submit() that finds no idle worker,
up to max_workers.  They all take work items from one SimpleQueue; None
in that queue is the wake-up call that makes a worker check whether it
should exit, and a worker that exits puts it back for the next one.

Weft has no weakrefs, so this differs from CPython in two places:
- a worker holds a plain reference to its executor, so an executor that
  is never shut down stays alive with its idle workers until the
  interpreter exits; _python_exit (run by threading._shutdown before it
  joins the non-daemon threads) wakes every worker and tells it to exit,
  so such an executor never makes exit hang;
- _threads_queues is a plain dict; each worker removes its own entry as it
  exits, so finished pools leave nothing behind in it.

Thread-safety rule: the module state (_shutdown, _threads_queues) is
guarded by _global_shutdown_lock; an executor's _shutdown, _broken and
_threads are guarded by its _shutdown_lock.  When both are held, the
executor's lock is taken first.  Neither is held while user code runs.
"""

import os
import queue
import threading

from concurrent.futures import _base

# Worker thread -> the work queue it reads.
_threads_queues = {}
# Set once the interpreter is exiting: no new work is accepted.
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        workers = list(_threads_queues.items())
    for _, work_queue in workers:
        work_queue.put(None)
    for thread, _ in workers:
        thread.join()


# Runs in threading._shutdown, before the non-daemon workers are joined.
threading._register_atexit(_python_exit)

if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_global_shutdown_lock.acquire,
                        after_in_child=_global_shutdown_lock._at_fork_reinit,
                        after_in_parent=_global_shutdown_lock.release)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(value)

    __class_getitem__ = classmethod(type(list[int]))


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:',
                                      exc_info=True)
                executor._initializer_failed()
                return
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                item = None
                # Ready for more: the next submit() need not start a thread.
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                # Let the executor refuse work even if only the interpreter
                # is exiting, and pass the wake-up call on.
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer raised: the pool cannot run anything."""


_pool_count_lock = threading.Lock()
_pool_count = 0


def _next_pool_number():
    global _pool_count
    with _pool_count_lock:
        number = _pool_count
        _pool_count = number + 1
    return number


class ThreadPoolExecutor(_base.Executor):

    # The numbers in the default thread names ThreadPoolExecutor-N_M.
    _counter = staticmethod(_next_pool_number)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers: the most threads the pool starts (default
        min(32, os.cpu_count() + 4)).  thread_name_prefix: names the
        threads.  initializer(*initargs) runs first in each worker; if it
        raises, the pool is broken and pending calls fail with
        BrokenThreadPool."""
        if max_workers is None:
            # Enough threads for I/O-bound work without hundreds of them
            # on very large machines.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        # One permit per worker waiting for work.
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # Called with both locks held.  An idle worker will pick the item up.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        name = '%s_%d' % (self._thread_name_prefix or self, count)
        thread = threading.Thread(name=name, target=_worker,
                                  args=(self, self._work_queue,
                                        self._initializer, self._initargs))
        # Registered before it starts so that its own removal on exit
        # (which waits for _global_shutdown_lock) always comes after.
        _threads_queues[thread] = self._work_queue
        try:
            thread.start()
        except BaseException:
            del _threads_queues[thread]
            raise
        self._threads.add(thread)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail everything still queued.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            # Wake a worker; each one that exits wakes the next.
            self._work_queue.put(None)
            threads = list(self._threads)
        if wait:
            for thread in threads:
                thread.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
