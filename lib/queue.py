"""Synchronised queues for threads, written for Weft.

Queue (FIFO), LifoQueue and PriorityQueue share one implementation: the
container is reached only through the hooks _init/_qsize/_put/_get, so a
subclass changes the order by overriding those four methods and nothing
else.  SimpleQueue is an unbounded FIFO without task tracking.

Thread-safety rule: every Queue has one mutex (``self.mutex``) that guards
the container and ``unfinished_tasks``; the three conditions
``not_empty``, ``not_full`` and ``all_tasks_done`` are built on that same
mutex, so a waiter releases it while it sleeps and holds it again when it
wakes up.  The hooks are always called with the mutex held, so they need no
locking of their own (Weft's deque is not atomic by itself).  Blocking
waits happen in threading's Condition.wait, which detaches the thread for
the collector.

CPython's C accelerator module is called ``_queue``; Empty and
SimpleQueue say they come from there so that tracebacks and reprs read the
same as CPython's.
"""

import threading
import _thread
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    'Raised by a non-blocking or timed get() that finds no item.'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Raised by a non-blocking or timed put() that finds no room.'
    pass


def _deadline(timeout):
    """The monotonic time at which a wait of ``timeout`` seconds gives up,
    after checking the value the way CPython does."""
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return _monotonic() + timeout


class Queue:
    '''A FIFO queue shared by threads; maxsize <= 0 means unbounded.'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        # Signalled when an item is added: a get() may proceed.
        self.not_empty = threading.Condition(self.mutex)
        # Signalled when an item is removed: a put() may proceed.
        self.not_full = threading.Condition(self.mutex)
        # Signalled when unfinished_tasks drops to zero: join() returns.
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Mark one item taken with get() as fully processed.

        join() returns once every item put so far has been marked; calling
        this more often than put() was called raises ValueError.
        '''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Wait until every item put so far has been marked with task_done().'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Number of items queued right now (stale as soon as it returns).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''True if nothing is queued right now (stale as soon as it returns).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''True if the queue is at maxsize right now (stale as soon as it returns).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _has_room(self):
        # Called with the mutex held.
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        '''Add item to the queue.

        With block true, wait for room: forever when timeout is None, else
        at most timeout seconds before raising Full.  With block false,
        raise Full at once if there is no room (timeout is not used).
        '''
        with self.not_full:
            # As in CPython, a negative timeout is an error only where the
            # queue is bounded (an unbounded put never waits).
            if block and timeout is not None and self.maxsize > 0:
                until = _deadline(timeout)
            if not self._has_room():
                if not block:
                    raise Full
                if timeout is None:
                    while not self._has_room():
                        self.not_full.wait()
                else:
                    while not self._has_room():
                        left = until - _monotonic()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return the next item.

        With block true, wait for an item: forever when timeout is None,
        else at most timeout seconds before raising Empty.  With block
        false, raise Empty at once if nothing is queued.
        '''
        with self.not_empty:
            if block and timeout is not None:
                until = _deadline(timeout)
            if not self._qsize():
                if not block:
                    raise Empty
                if timeout is None:
                    while not self._qsize():
                        self.not_empty.wait()
                else:
                    while not self._qsize():
                        left = until - _monotonic()
                        if left <= 0.0:
                            raise Empty
                        self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''put(item, block=False).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False).'''
        return self.get(block=False)

    # The container hooks.  Subclasses override these four to change the
    # order in which items come out; each is called with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    '''A Queue whose get() returns the smallest item first (a heap).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue whose get() returns the newest item first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''An unbounded FIFO queue without task_done()/join().'''

    # The thread pool's work queue, so it is built on _thread directly
    # rather than on threading.Condition.  _mutex guards _items and
    # _waiters.  A getter that finds no item appends a fresh locked lock to
    # _waiters and sleeps on it (detached) with _mutex released; put()
    # releases the first waiter's lock.  A woken getter takes _mutex again
    # and looks for an item; one that finds none (another getter was
    # faster) waits again.  A waiter that leaves without being woken
    # removes its lock; one that was woken but leaves by an exception hands
    # the wake-up to the next waiter, so no item is ever left behind while
    # a getter sleeps.  Unlike CPython's C version, put() is not reentrant
    # (a signal handler must not put() while the same thread is inside
    # put()).

    def __init__(self):
        self._items = deque()
        self._waiters = deque()
        self._mutex = _thread.allocate_lock()

    def put(self, item, block=True, timeout=None):
        '''Add item to the queue.  This never waits: block and timeout
        exist only so that a SimpleQueue can stand in for a Queue.'''
        with self._mutex:
            self._items.append(item)
            if self._waiters:
                self._waiters.popleft().release()

    def get(self, block=True, timeout=None):
        '''Remove and return the next item.

        With block true, wait for an item: forever when timeout is None,
        else at most timeout seconds before raising Empty.  With block
        false, raise Empty at once if nothing is queued.
        '''
        if block and timeout is not None:
            until = _deadline(timeout)
        items = self._items
        mutex = self._mutex
        mutex.acquire()
        try:
            while not items:
                if not block:
                    raise Empty
                if timeout is None:
                    left = -1
                else:
                    left = until - _monotonic()
                    if left <= 0.0:
                        raise Empty
                    if left > _thread.TIMEOUT_MAX:
                        left = _thread.TIMEOUT_MAX
                wake = _thread.allocate_lock()
                wake.acquire()
                self._waiters.append(wake)
                mutex.release()
                try:
                    woken = wake.acquire(True, left)
                except BaseException:
                    mutex.acquire()
                    self._forget(wake, True)
                    raise
                mutex.acquire()
                if not woken:
                    self._forget(wake, False)
            return items.popleft()
        finally:
            mutex.release()

    def _forget(self, wake, leaving):
        # With _mutex held, for a getter whose wait ended without the
        # wake-up (timeout or exception).
        try:
            self._waiters.remove(wake)
        except ValueError:
            # put() woke it just as the wait ended.  A getter that goes on
            # looping takes the item itself; one that leaves passes it on.
            if leaving and self._items and self._waiters:
                self._waiters.popleft().release()

    def put_nowait(self, item):
        '''put(item, block=False).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False).'''
        return self.get(False)

    def empty(self):
        '''True if nothing is queued right now (stale as soon as it returns).'''
        return len(self._items) == 0

    def qsize(self):
        '''Number of items queued right now (stale as soon as it returns).'''
        return len(self._items)

    __class_getitem__ = classmethod(_GenericAlias)


SimpleQueue.__module__ = '_queue'

# The name CPython gives its pure-Python SimpleQueue (its tests look for it).
_PySimpleQueue = SimpleQueue
