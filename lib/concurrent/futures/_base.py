"""Futures, the Executor interface, wait() and as_completed(), for Weft.

A Future moves through PENDING -> RUNNING -> FINISHED, or PENDING ->
CANCELLED -> CANCELLED_AND_NOTIFIED (the executor saw the cancellation in
set_running_or_notify_cancel).  Once it is done its state, result and
exception never change again.

Thread-safety rule: each Future has one condition (``_condition``, over an
RLock) that guards its state, result, exception, callback list and waiter
list.  Done-callbacks and user code never run while that condition is held:
set_result/set_exception/cancel publish the new state under the lock, then
call the callbacks after releasing it.  wait() and as_completed() take the
conditions of all the futures they look at in one fixed order (by id), so
two of them running at once cannot deadlock; a waiter object is appended to
each future's ``_waiters`` list under that future's condition, and the
future reports to it (still under its own condition) when it finishes.
Lock order: future condition -> waiter lock -> waiter event.

Weft has no ``logging`` module yet: when it is missing, the messages that
CPython sends to the "concurrent.futures" logger (which, unconfigured,
prints just the message and the traceback on stderr) are written to
sys.stderr in that same shape.
"""

import collections
import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [
    PENDING,
    RUNNING,
    CANCELLED,
    CANCELLED_AND_NOTIFIED,
    FINISHED,
]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

# States in which a future will not change any more.
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# States in which a future has told its waiters that it is done.
_REPORTED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)

_GenericAlias = type(list[int])


class _StderrLogger:
    """The part of a logging.Logger this package uses, printing what an
    unconfigured CPython logger prints for records of level WARNING and
    above: the message, then the formatted exception if one is attached."""

    name = 'concurrent.futures'

    def _emit(self, msg, args, exc_info):
        text = msg % args if args else str(msg)
        if exc_info:
            if exc_info is True:
                exc_info = sys.exc_info()
            elif isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            if exc_info[0] is not None:
                import traceback
                tb = ''.join(traceback.format_exception(*exc_info))
                if tb.endswith('\n'):
                    tb = tb[:-1]
                if not text.endswith('\n'):
                    text += '\n'
                text += tb
        stream = sys.stderr
        if stream is None:
            return
        try:
            stream.write(text + '\n')
            stream.flush()
        except Exception:
            pass

    def critical(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def error(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._emit(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def info(self, msg, *args, **kwargs):
        pass

    def debug(self, msg, *args, **kwargs):
        pass


try:
    import logging as _logging
except ImportError:
    LOGGER = _StderrLogger()
else:
    LOGGER = _logging.getLogger("concurrent.futures")


class Error(Exception):
    """The base of the exceptions of this package."""
    pass


class CancelledError(Error):
    """The future was cancelled before its call ran."""
    pass


# Since 3.11 this is the builtin.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is in a state that does not allow the operation."""
    pass


class BrokenExecutor(RuntimeError):
    """An executor can no longer run anything after a severe failure."""


class _Waiter:
    """Collects the futures that finish while a wait() or as_completed()
    call is blocked on them, and sets ``event`` once that caller has
    reason to wake up (which depends on ``return_when``).

    The add_* methods are called by a future with its condition held."""

    def __init__(self, return_when, pending_count):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self._return_when = return_when
        # Only ALL_COMPLETED and FIRST_EXCEPTION count down.
        self._pending_count = pending_count

    def _record(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            how = self._return_when
            if how == FIRST_COMPLETED or how == _AS_COMPLETED:
                self.event.set()
            elif how == FIRST_EXCEPTION and failed:
                self.event.set()
            else:
                self._pending_count -= 1
                if self._pending_count <= 0:
                    self.event.set()

    def add_result(self, future):
        self._record(future, False)

    def add_exception(self, future):
        self._record(future, True)

    def add_cancelled(self, future):
        self._record(future, False)


class _AcquireFutures:
    """Holds the conditions of a group of futures, taken in id order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    """Make the waiter for return_when and hang it on every future in fs.
    Called with the conditions of all of fs held."""
    if return_when == _AS_COMPLETED or return_when == FIRST_COMPLETED:
        how = _AS_COMPLETED if return_when == _AS_COMPLETED else FIRST_COMPLETED
        pending = 0
    elif return_when == FIRST_EXCEPTION or return_when == ALL_COMPLETED:
        how = FIRST_EXCEPTION if return_when == FIRST_EXCEPTION else ALL_COMPLETED
        pending = 0
        for f in fs:
            if f._state not in _REPORTED_STATES:
                pending += 1
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    waiter = _Waiter(how, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yield the futures of fs (duplicates once) as each one finishes or
    is cancelled, those already done first.  With a timeout, raise
    TimeoutError when the whole iteration has taken longer than that many
    seconds."""
    if timeout is not None:
        end_time = timeout + time.monotonic()

    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        ready = [f for f in fs if f._state in _REPORTED_STATES]
        pending = fs.difference(ready)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        for f in ready:
            yield f
        ready = None
        while pending:
            if timeout is None:
                left = None
            else:
                left = end_time - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(left)
            with waiter.lock:
                batch = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # In the order they finished.
            for f in batch:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple(
        'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until the futures of fs satisfy return_when or timeout
    seconds have passed, and return (done, not_done) as two sets.

    return_when is FIRST_COMPLETED (any future done or cancelled),
    FIRST_EXCEPTION (any future failed, else like ALL_COMPLETED) or
    ALL_COMPLETED (every future done or cancelled)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _REPORTED_STATES}
        not_done = fs - done
        if done:
            if return_when == FIRST_COMPLETED:
                return DoneAndNotDoneFutures(done, not_done)
            if return_when == FIRST_EXCEPTION:
                for f in done:
                    if f._state == FINISHED and f._exception is not None:
                        return DoneAndNotDoneFutures(done, not_done)
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    # No future reports to the waiter any more: its list is final.
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future(object):
    """The eventual outcome (a result or an exception) of a call."""

    def __init__(self):
        """Make a pending future (executors do this, not clients)."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        # Called without the condition held; the list no longer changes
        # because the future is done.
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__,
                    id(self),
                    _STATE_TO_DESCRIPTION_MAP[state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__,
                id(self),
                _STATE_TO_DESCRIPTION_MAP[state])

    def cancel(self):
        """Cancel the future unless it is running or done already.
        Returns whether the future is now cancelled."""
        with self._condition:
            state = self._state
            if state == RUNNING or state == FINISHED:
                return False
            if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if cancel() succeeded."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True while the call is executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the call has finished or the future was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done or cancelled, in
        the order the callbacks were added; at once if it is done already."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        """With the condition held: wait up to timeout for the future to be
        done; raise CancelledError or TimeoutError when it was cancelled or
        is still not done."""
        state = self._state
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if state == FINISHED:
            return
        self._condition.wait(timeout)
        state = self._state
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None:
        no limit).  Raises the call's exception if it raised, CancelledError
        if the future was cancelled and TimeoutError if it is not done in
        time."""
        with self._condition:
            self._wait_done(timeout)
            return self.__get_result()

    def exception(self, timeout=None):
        """The exception the call raised, or None if it returned,
        waiting up to timeout seconds (None: no limit).  Raises
        CancelledError or TimeoutError as result() does."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    # The rest is for executors (and tests), not for clients.
    def set_running_or_notify_cancel(self):
        """For executors, before running the call: return False (and tell
        the waiters) if the future was cancelled, else mark it running and
        return True.  Raises RuntimeError in any other state."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: the call returned result."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_GenericAlias)


class Executor(object):
    """The interface of the executors: submit(), map(), shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor, all
        submitted at once; the results come back in argument order.  With a
        timeout, the iterator raises TimeoutError when a result is not ready
        that many seconds after map() was called.  A call's exception is
        raised when its result is reached.  chunksize matters only to
        process pools."""
        if timeout is not None:
            end_time = timeout + time.monotonic()

        # Everything is submitted now, before the first result is asked for.
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            # fs is consumed from the end, so it is reversed first; whatever
            # is left when the iterator is closed or fails gets cancelled.
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(),
                                                end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; no submit() afterwards.
        Calling it again is harmless.  wait: return only once the pending
        calls are done.  cancel_futures: cancel the calls not yet started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
