"""Micro-patterns that hit shared objects, one per run.

Each pattern is a tight loop in every thread that touches one object all
threads share (a module-level function, a method of one instance, a class
attribute, a constant tuple, a threading.local, a lock, a code object used
to make closures, a class checked by isinstance).  The shared objects are
reached through module globals, as ordinary code does.  None of the loops
writes to a shared object (the threading.local writes go to the thread's
own slot), so an interpreter without reference counts or a global lock
should scale every pattern linearly.

    python3 bench/threads/micro.py --pattern call_func --threads 2
    python3 bench/threads/micro.py --list     # the pattern names
"""

import sys
import threading

import _harness


def helper(x):
    return x + 1


class Shape:
    SIDES = 4

    def __init__(self, size):
        self.size = size

    def area(self, k):
        return self.size * k


class Square(Shape):
    pass


SHARED = Square(3)
TABLE = (3, 1, 4, 1, 5, 9, 2, 6)
LOCAL = threading.local()
LOCK = threading.Lock()
NOT_SHAPE = (1, 2)


def p_call_func(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total


def p_call_method(n):
    total = 0
    for i in range(n):
        total += SHARED.area(i)
    return total


def p_class_attr(n):
    total = 0
    for i in range(n):
        total += Shape.SIDES + Square.SIDES
    return total


def p_const_tuple(n):
    total = 0
    for i in range(n):
        total += TABLE[i & 7]
    return total


def p_thread_local(n):
    LOCAL.count = 0
    for i in range(n):
        LOCAL.count = LOCAL.count + (i & 3)
    return LOCAL.count


def p_lock_locked(n):
    total = 0
    for i in range(n):
        if not LOCK.locked():
            total += 1
    return total


def p_closures(n):
    total = 0
    for i in range(n):
        def add(y):
            return y + i
        total += add(1)
    return total


def p_isinstance(n):
    total = 0
    for i in range(n):
        if isinstance(SHARED, Shape):
            total += 1
        if isinstance(NOT_SHAPE, Shape):
            total += 2
    return total


# name -> (function, iterations per thread at --scale 1); the iteration
# counts make each row take roughly 0.7 s under CPython 3.11 at 1 thread.
PATTERNS = {
    "call_func": (p_call_func, 12000000),
    "call_method": (p_call_method, 10000000),
    "class_attr": (p_class_attr, 12000000),
    "const_tuple": (p_const_tuple, 16000000),
    "thread_local": (p_thread_local, 6000000),
    "lock_locked": (p_lock_locked, 16000000),
    "closures": (p_closures, 6000000),
    "isinstance": (p_isinstance, 10000000),
}


def main():
    if "--list" in sys.argv[1:]:
        for name in PATTERNS:
            print(name)
        return
    opts = _harness.options(extra={"--pattern": ""})
    name = opts["pattern"]
    if name not in PATTERNS:
        sys.stderr.write("micro.py: --pattern must be one of: %s\n"
                         % ", ".join(PATTERNS))
        sys.exit(2)
    func, iterations = PATTERNS[name]
    n = _harness.scaled(iterations, opts["scale"])
    results, secs = _harness.run_workers(opts["threads"],
                                         lambda tid, _: func(n))
    _harness.report("micro %s: iterations %d result %d threads agree %s"
                    % (name, n, results[0], _harness.all_equal(results)),
                    secs)


main()
