# Exceptions raised, caught, chained and formatted in several threads at
# once; tracebacks are per thread; sys.exc_info() is per thread.
import sys
import threading
import traceback

N = 4
ROUNDS = 400


class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def level3(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        return {}["missing%d" % i]
    return 1 // (i - i)


def level2(i):
    try:
        return level3(i)
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def level1(i):
    return level2(i)


SHARED = LookupError("one instance raised by every thread")


def deep(n):
    return deep(n + 1)


def worker(idx, out, barrier):
    barrier.wait()
    counts = {}
    depth_ok = True
    info_ok = True
    for i in range(ROUNDS):
        try:
            level1(i)
        except Exception as e:
            name = type(e).__name__
            counts[name] = counts.get(name, 0) + 1
            tb = traceback.extract_tb(e.__traceback__)
            names = [fr.name for fr in tb]
            if names[:3] != ["worker", "level1", "level2"]:
                depth_ok = False
            if sys.exc_info()[1] is not e:
                info_ok = False
            if isinstance(e, RuntimeError) and not isinstance(e.__cause__, KeyError):
                depth_ok = False
            if isinstance(e, AppError) and e.code != i:
                depth_ok = False
            text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
            if "Traceback (most recent call last)" not in text:
                depth_ok = False
    if sys.exc_info()[0] is not None:
        info_ok = False
    shared = 0
    for i in range(200):
        try:
            raise SHARED                        # its __traceback__ is racy
        except LookupError as e:
            shared += e is SHARED and sys.exc_info()[2] is not None
    rec = 0
    for i in range(3):
        sys.setrecursionlimit(900 + 10 * idx)   # one setting, racing readers
        try:
            deep(0)
        except RecursionError:
            rec += 1
    out[idx] = (sorted(counts.items()), depth_ok, info_ok, shared, rec)


def main():
    out = [None] * N
    barrier = threading.Barrier(N)
    ts = [threading.Thread(target=worker, args=(i, out, barrier)) for i in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for o in out:
        print(o)
    sys.setrecursionlimit(1000)
    print(sys.getrecursionlimit())


main()
