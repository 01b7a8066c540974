"""signal for Weft: the C module _signal (src/modules/signal.c) with its
numbers wrapped in IntEnums, as CPython presents them:

  Signals   every SIG* name of this platform (SIGRTMIN/SIGRTMAX included)
  Handlers  SIG_DFL, SIG_IGN
  Sigmasks  SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK

The module-level names (signal.SIGINT ...) are the enum members; the
functions that return signal numbers or handlers return members where one
exists and plain ints otherwise.  Python-level handlers run in the main
thread, between bytecodes, never inside the C handler.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members_of(pred):
    # sorted by value, then name: the first name of a value is canonical
    # (SIGABRT before SIGIOT, SIGCHLD before SIGCLD, SIGIO before SIGPOLL)
    found = [(k, v) for k, v in vars(_signal).items() if pred(k)]
    found.sort(key=lambda kv: (kv[1], kv[0]))
    return found


def _make_enum(name, pred):
    cls = _IntEnum(name, _members_of(pred), module=__name__)
    globals().update(cls.__members__)
    globals()[name] = cls
    return cls


_make_enum('Signals', lambda n: n.isupper() and n.startswith('SIG')
           and not n.startswith('SIG_'))
_make_enum('Handlers', lambda n: n in ('SIG_DFL', 'SIG_IGN'))
_make_enum('Sigmasks', lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _as_member(value, klass):
    """The enum member for value, or value itself when it names none."""
    try:
        return klass(value)
    except ValueError:
        return value


def _as_int(value):
    """int(value) for enum members and other int-likes; anything else as is."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _copy_meta(wrapper, builtin):
    wrapper.__doc__ = builtin.__doc__
    wrapper.__wrapped__ = builtin
    return wrapper


def signal(signalnum, handler):
    return _as_member(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    return _as_member(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    return {_as_member(n, Signals) for n in _signal.pthread_sigmask(how, mask)}


def sigpending():
    return {_as_member(n, Signals) for n in _signal.sigpending()}


def sigwait(sigset):
    return _as_member(_signal.sigwait(sigset), Signals)


def valid_signals():
    return {_as_member(n, Signals) for n in _signal.valid_signals()}


for _f in (signal, getsignal, pthread_sigmask, sigpending, sigwait, valid_signals):
    _copy_meta(_f, getattr(_signal, _f.__name__))
del _f
