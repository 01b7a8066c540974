"""Run calls asynchronously and collect their results as futures.

Weft provides ThreadPoolExecutor (loaded on first use, like CPython).
ProcessPoolExecutor is not provided: Weft has no multiprocessing, so
``from concurrent.futures import ProcessPoolExecutor`` raises ImportError
and the name is left out of __all__.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as executor_class
        ThreadPoolExecutor = executor_class
        return executor_class
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
