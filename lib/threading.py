"""threading for Weft: Thread objects and the synchronization primitives,
written in Python on top of the C module _thread (CPython 3.11's API and
behaviour).

Weft has no global interpreter lock, so nothing here may rely on one.  The
rules this module follows:

- The registries _active (ident -> Thread), _limbo (Thread -> Thread, threads
  between start() and their first instruction) and _dummies (ident ->
  _DummyThread) are written only while holding _active_limbo_lock; readers
  that need one entry (current_thread) use a single dict lookup, which is
  atomic, and take no lock.
- _shutdown_locks (the thread-state locks of live non-daemon threads) is
  guarded by _shutdown_locks_lock.  Weft has no weak references, so every
  structure that CPython keeps weakly is pruned explicitly: a thread leaves
  _active when its run() returns, its lock leaves _shutdown_locks when it is
  joined or the next time a thread starts, and a dead _DummyThread is
  dropped the next time the registry is listed.
- Condition keeps one lock per waiter; its waiter list, like the state of
  Semaphore, Event and Barrier, is only touched while holding the
  condition's lock.  Event.is_set() reads one attribute without the lock (a
  racing reader sees the old or the new flag).
- No lock of this module is held while user code runs (targets, barrier
  actions, excepthooks, predicates are called without _active_limbo_lock;
  a Condition's own lock is the user's lock and is held as in CPython).
- Blocking happens only inside _thread lock acquires, which detach the
  calling thread from the collector.
"""

import sys as _sys
import _thread
from time import monotonic as _time
try:
    from _collections import deque as _deque
except ImportError:
    _deque = list

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
ThreadError = _thread.error
try:
    _CRLock = _thread.RLock
except AttributeError:
    _CRLock = None
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local


def _deprecated(message):
    # DeprecationWarning for the camelCase aliases, when a warnings module
    # exists (attributed to the caller of the alias).
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---- trace and profile hooks (installed in each thread that starts) ----

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading
    module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading
    module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---- locks ----

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a
    thread has acquired a reentrant lock, the same thread may acquire it
    again without blocking; the thread must release it once for each time it
    has acquired it.
    """
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock in Python (used when _thread has no RLock).

    _owner and _count are written only by the thread that holds _block; a
    thread that does not hold it may read a stale _owner, but never its own
    ident, so the re-entry test is safe without a lock.
    """

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        state = "locked" if self._block.locked() else "unlocked"
        cls = type(self)
        return (f"<{state} {cls.__module__}.{cls.__qualname__} object "
                f"owner={owner!r} count={self._count} at {hex(id(self))}>")

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, blocking or non-blocking, with an optional
        timeout; re-entering from the owning thread only counts."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Release the lock once; the last release unlocks it."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # What Condition needs to wait on an RLock held several times.
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# ---- Condition ----

class Condition:
    """Condition variable: lets threads wait until notified by another
    thread that holds the same lock.

    Each waiter blocks on a private lock of its own that notify() releases
    (the classic design): the waiter list is only read or changed while the
    condition's lock is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know their owner (RLock) lend Condition their methods;
        # a plain Lock gets the generic versions defined below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it is "owned" if it is held.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout (in
        seconds) expires, then re-acquire the lock.  Returns False if the
        timeout expired, True otherwise."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                # Timed out (or interrupted): withdraw, unless a notifier
                # already took us off the list.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; returns
        the last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # The waiter timed out and released nothing to wake; it
                # will remove itself (or we do it now).
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias
        of notify_all)."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---- Semaphore, BoundedSemaphore ----

class Semaphore:
    """A counter decremented by acquire() and incremented by release();
    acquire() blocks while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting (unless blocking is false) for at
        most timeout seconds while it is zero.  Returns True on success."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                    if timeout <= 0:
                        return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n and wake up as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that would exceed the
        initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event ----

class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        state = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: {state}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return True if the flag is set."""
        return self._flag

    def isSet(self):
        """Return True if the flag is set (deprecated alias of is_set)."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag and wake up every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; returns the
        flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---- Barrier ----

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets a fixed number of threads wait for each other: each wait()
    blocks until `parties` threads are waiting, then all are released.

    The barrier alternates between filling (threads arrive) and draining
    (released threads leave); a new cycle starts only when the last thread
    has left.  All state is guarded by the condition's lock.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = type(self)
        head = f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}"
        if self.broken:
            return head + ": broken>"
        return head + f": waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the barrier; returns this thread's arrival index
        (0 .. parties-1).  Raises BrokenBarrierError if the barrier is or
        becomes broken (abort, reset, timeout, failing action)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_cycle()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_cycle(self):
        # Threads from the previous cycle must all leave before new ones
        # may enter.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        # The last thread arrived: run the action, then release everybody.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread to leave a draining or resetting barrier starts
        # the next cycle.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting on it
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier in the broken state: current and future wait()
        calls raise BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting at the barrier."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """True if the barrier is in the broken state."""
        return self._state == _BROKEN


# ---- the thread registry ----

_name_lock = _allocate_lock()
_name_count = 0


def _newname(name_template="Thread-%d"):
    # One counter for every generated name (Thread-N, Dummy-N), as CPython.
    global _name_count
    with _name_lock:
        _name_count += 1
        n = _name_count
    return name_template % n


_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread, for threads that are running
_limbo = {}     # Thread -> Thread, started but not yet running
_dummies = {}   # ident -> _DummyThread (foreign threads)

# Thread-state locks of live non-daemon threads, for _shutdown().
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _hold_sentinel(lock):
    # CPython's _set_sentinel() returns the lock unlocked and the thread
    # takes it; Weft's returns it already held.  Either way it ends up held
    # until _thread releases it when the thread's state goes away.
    lock.acquire(False)


_shutdown_locks_check_at = 64


def _maintain_shutdown_locks():
    # Drop the locks of threads that have ended without being joined.
    # Called with _shutdown_locks_lock held.  The set is scanned only when
    # it has doubled since the last scan, so starting n threads costs O(n)
    # and at most half of the set is stale.
    global _shutdown_locks_check_at
    if len(_shutdown_locks) < _shutdown_locks_check_at:
        return
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    for lock in done:
        _shutdown_locks.discard(lock)
    _shutdown_locks_check_at = max(64, 2 * len(_shutdown_locks))


def _prune_dummies():
    # Forget foreign threads that have ended (their sentinel lock was
    # released when their thread state went away).  Called with
    # _active_limbo_lock held.
    dead = [ident for ident, t in _dummies.items()
            if not t._tstate_lock.locked()]
    for ident in dead:
        t = _dummies.pop(ident)
        if _active.get(ident) is t:
            del _active[ident]


# ---- Thread ----

class Thread:
    """A thread of control: override run() in a subclass, or pass a
    callable as target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Kept so that excepthook can still print if sys.stderr is gone.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def _reset_internal_locks(self, is_alive):
        self._started._at_fork_reinit()
        if is_alive:
            if self._tstate_lock is not None:
                self._tstate_lock._at_fork_reinit()
                self._tstate_lock.acquire()
        else:
            self._is_stopped = True
            self._tstate_lock = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()     # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() in a new thread of control.
        May be called at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls target(*args, **kwargs).  Subclasses
        may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references as soon as the work is done.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # Entry point of the new OS thread.
        try:
            self._bootstrap_inner()
        except:
            # A daemon thread still running while the interpreter is torn
            # down may find the module state gone; stay quiet then.
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    if _HAVE_THREAD_NATIVE_ID:
        def _set_native_id(self):
            self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The sentinel is released by _thread when this thread's state is
        # destroyed, after the last Python code of the thread has run: join()
        # waits for it.
        self._tstate_lock = _set_sentinel()
        _hold_sentinel(self._tstate_lock)
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            if _HAVE_THREAD_NATIVE_ID:
                self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        # The thread has ended and its state lock was seen released.
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if lock is not None and not self.daemon:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        # Leave the registry (run() is over; join() waits for the sentinel).
        with _active_limbo_lock:
            if _active.get(get_ident()) is self:
                del _active[get_ident()]

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds pass (check
        is_alive() afterwards to tell which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout is a poll, as a zero one.
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already seen to have ended (_stop ran).
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread, or None if it has not been
        started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """Native integral thread ID of this thread, or None if it has
            not been started."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """Return whether the thread is alive: from just before run() starts
        until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread (the process does not wait for
        daemon threads at exit)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return the thread's name (deprecated)."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the thread's name (deprecated)."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# ---- excepthook ----

class _ExceptHookArgs(tuple):
    """ExceptHookArgs

    Type used to pass arguments to threading.excepthook."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}"
                           for name, value in zip(self._fields, self))
        return f"_thread._ExceptHookArgs({fields})"

    def __reduce__(self):
        return (type(self), (tuple(self),))


_ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs = _ExceptHookArgs


def _print_exception(exc_type, exc_value, exc_tb, file):
    # The report the interpreter prints for an uncaught exception.
    import traceback
    if exc_value is None:
        file.write("NoneType: None\n")
        return
    traceback.print_exception(exc_type, exc_value, exc_tb, file=file)


def excepthook(args, /):
    """Handle uncaught Thread.run() exception: print "Exception in thread
    NAME:" and the traceback to sys.stderr.  SystemExit is ignored."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    stderr.flush()
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     stderr)
    stderr.flush()


# The original hook, for programs that replace threading.excepthook.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Bind what the hook needs when the Thread is created, so that it can
    # still report while the interpreter shuts down.
    original_hook = excepthook
    original_sys_hook = _sys.excepthook
    if original_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if original_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    sys_module = _sys

    def invoke_excepthook(thread):
        hook = excepthook if excepthook is not None else original_hook
        args = ExceptHookArgs([*exc_info(), thread])
        try:
            hook(args)
        except Exception as exc:
            # The hook itself failed: report that through sys.excepthook.
            exc.__suppress_context__ = True
            args = None
            if sys_module is not None and sys_module.stderr is not None:
                stderr = sys_module.stderr
            else:
                stderr = thread._stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.flush()
            if sys_module is not None and sys_module.excepthook is not None:
                sys_module.excepthook(*exc_info())
            else:
                original_sys_hook(*exc_info())
        finally:
            args = None

    return invoke_excepthook


# ---- Timer ----

class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() is
    called first:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- the main thread and foreign threads ----

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # The main thread's state outlives _shutdown(), so its "state lock"
        # is a plain lock that _shutdown() releases itself.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (e.g. by
    _thread.start_new_thread): created by current_thread() when such a
    thread asks.  Always alive and daemonic, cannot be joined; forgotten
    once its OS thread has ended."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        # Released by _thread when this thread's state goes away, which is
        # how the registry learns that the thread has ended.
        self._tstate_lock = _set_sentinel()
        _hold_sentinel(self._tstate_lock)
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _prune_dummies()
            _active[self._ident] = self
            _dummies[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# ---- module-level functions ----

def current_thread():
    """Return the Thread object of the caller (a _DummyThread for threads
    not started through this module)."""
    t = _active.get(get_ident())
    if t is None or (type(t) is _DummyThread and not t._tstate_lock.locked()):
        # Not started by this module, or a foreign thread that ended and
        # whose ident was reused by this one.  (Not guarded by "_dummies is
        # non-empty": another thread's _prune_dummies may empty it between
        # our lookup and that test, and the stale dummy would be returned.)
        return _DummyThread()
    return t


def currentThread():
    """Return the current Thread object (deprecated alias of
    current_thread)."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        if _dummies:
            _prune_dummies()
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated
    alias of active_count)."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    # enumerate() without taking the lock (racy, for diagnostics).
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive: daemonic
    threads, dummy threads and the main thread included; threads not yet
    started or already ended are not."""
    with _active_limbo_lock:
        if _dummies:
            _prune_dummies()
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main Thread object (normally the thread that started the
    interpreter)."""
    return _main_thread


_main_thread = _MainThread()


# ---- interpreter exit ----

_SHUTTING_DOWN = False
_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to run when the interpreter shuts down,
    before non-daemon threads are joined (last registered runs first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: runs the _register_atexit
    callbacks, then waits for every non-daemon thread to end."""
    if _main_thread._is_stopped:
        return      # already done
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    # The callbacks first: concurrent.futures uses them to tell its
    # (non-daemon) workers to stop, which the joins below then wait for.
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        # Threads may be joining the main thread: let them go.
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    # Join every non-daemon thread, including those started meanwhile.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()
