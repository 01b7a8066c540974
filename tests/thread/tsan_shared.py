# Racy but legal Python: threads read and write the same closure cells,
# globals, instance and class attributes, function attributes and one shared
# generator without locks.  Values may be stale but never torn; every item
# of the shared generator is delivered exactly once; nothing crashes.
import sys
import threading

N = 4
ROUNDS = 2000
counter_total = 0


def make_cell():
    value = 0

    def bump(v):
        nonlocal value
        value = v
        return value

    def get():
        return value
    return bump, get


bump, get = make_cell()


class Box:
    shared = 0

    def __init__(self):
        self.x = 0
        self.y = "s"


box = Box()


def target(a, b=1):
    return a + b


def code_mul(a, b=1):
    return a * b


def code_gen(a, b=1):
    yield a + b


CODES = [target.__code__, code_mul.__code__, code_gen.__code__]


def outer():
    x = 1

    def inner():
        return x
    return inner


def items():
    for i in range(N * 500):
        yield i


shared_gen = items()


def worker(idx, out, barrier):
    global counter_total
    barrier.wait()
    bad = 0
    got = []
    busy = 0
    for i in range(ROUNDS):
        bump(i)
        if not isinstance(get(), int):
            bad += 1
        counter_total = i                     # global store racing loads
        if not isinstance(counter_total, int):
            bad += 1
        box.x = i                             # instance attribute
        box.y = "t%d" % idx
        if not isinstance(box.x, int) or box.y[0] not in "st":
            bad += 1
        Box.shared = idx                      # class attribute
        if Box.shared not in range(N):
            bad += 1
        target.__defaults__ = (idx,)          # function attribute
        if i % 8 == idx:
            target.__code__ = CODES[i % 3]    # code swapped under callers
        r = target(0)
        if not isinstance(r, int):
            r = next(r)                       # the generator code
        if r not in range(N):
            bad += 1
        target.__name__ = "target%d" % idx
        if not target.__name__.startswith("target"):
            bad += 1
        if i % 4 == 0:
            try:
                got.append(next(shared_gen))
            except ValueError:                # generator already executing
                busy += 1
            except StopIteration:
                pass
    out[idx] = (bad, got)


def main():
    out = [None] * N
    barrier = threading.Barrier(N)
    ts = [threading.Thread(target=worker, args=(i, out, barrier)) for i in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("bad", sum(o[0] for o in out))
    got = [x for o in out for x in o[1]]
    rest = list(shared_gen)
    allv = sorted(got + rest)
    print("generator items exactly once", allv == list(range(N * 500)))
    print("per-thread order kept", all(o[1] == sorted(o[1]) for o in out))
    print("defaults", target.__defaults__[0] in range(N))
    target.__name__ = "target"
    try:
        target.__code__ = outer().__code__
    except ValueError as e:
        print("ValueError", e)
    f = outer()
    try:
        f.__code__ = target.__code__
    except ValueError as e:
        print("ValueError", e)


main()
