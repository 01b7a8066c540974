"""Utilities for with-statement contexts, written for Weft."""

import abc
import sys
from functools import wraps

__all__ = ['contextmanager', 'closing', 'nullcontext', 'suppress',
           'redirect_stdout', 'redirect_stderr', 'ExitStack',
           'AbstractContextManager', 'ContextDecorator', 'chdir']


def _has_methods(klass, *names):
    """True when every name is defined somewhere in klass's MRO and none of
    them is set to None there (the __subclasshook__ protocol)."""
    mro = klass.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """Base class for context managers: __enter__ returns self and
    __exit__ is abstract."""

    __slots__ = ()
    __class_getitem__ = classmethod(lambda cls, item: cls)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, '__enter__', '__exit__')
        return NotImplemented


class ContextDecorator:
    """Mixin that lets a context manager be used as a function decorator:
    the decorated function runs inside the context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager made by a @contextmanager function."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed to recreate the manager for
        # ContextDecorator use, which never calls __enter__ on self.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator swallowed the exception (returning normally);
            # unless it is the very StopIteration that was thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration raised in the with-block is turned into a
            # RuntimeError by the generator machinery: report the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Turn a generator function that yields once into a context manager
    factory: the code before the yield runs on entry, the yielded value is
    bound by 'as', and the rest runs on exit (an exception from the block
    is raised at the yield)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager that calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does nothing; __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily replace sys.stdout with another file-like object."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Temporarily replace sys.stderr with another file-like object."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager that silences the listed exception types raised in
    its block; execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # (As in Python 3.11, an ExceptionGroup is not looked into.)
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Temporarily change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack(AbstractContextManager):
    """A context manager that unwinds a dynamic stack of callbacks and
    context managers on exit, most recently added first.

    An exception raised by one callback is passed to the ones below it;
    a callback returning true suppresses the exception it was given.
    """

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an __exit__-style callback, or a context manager's
        __exit__ method (its __enter__ is not called); returns exit."""
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append(
                (True, _bind_method(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; returns __enter__'s result."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object "
                            f"does not support the context manager protocol"
                            ) from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bind_method(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns
        callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # The exception being handled around the with statement, if any:
        # context chains built below must not run past it.
        outer = sys.exc_info()[1]
        suppressed = False
        raised_here = False
        while self._exit_callbacks:
            _, callback = self._exit_callbacks.pop()
            try:
                handled = callback(*exc_details)
            except BaseException as new_exc:
                _chain_onto(new_exc, exc_details[1], outer)
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
                raised_here = True
            else:
                if handled:
                    suppressed = True
                    raised_here = False
                    exc_details = (None, None, None)
        if raised_here:
            exc = exc_details[1]
            # 'raise' would make the exception being handled here its
            # context; keep the chain built above instead.
            chained = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = chained
                raise
        return had_exception and suppressed


def _chain_onto(new_exc, old_exc, stop):
    """Make old_exc the context of new_exc, as if new_exc had been raised
    while handling old_exc: it is attached at the end of new_exc's own
    context chain, which is cut where it reaches stop."""
    exc = new_exc
    while True:
        context = exc.__context__
        if context is None or context is old_exc:
            return
        if context is stop:
            break
        exc = context
    exc.__context__ = old_exc


def _bind_method(func, obj):
    """Bind an unbound __exit__ (looked up on the type) to obj."""
    get = getattr(type(func), '__get__', None)
    if get is None:
        return lambda *args: func(obj, *args)
    return get(func, obj, type(obj))
