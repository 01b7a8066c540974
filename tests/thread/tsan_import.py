# Several threads import the same modules at once: each module body runs
# exactly once, every thread gets the same, fully initialised module object,
# and a module whose body raises is not left in sys.modules afterwards.
import sys
import threading

import tsan_mods

N = 6


def worker(i, out, barrier):
    barrier.wait()
    # C modules imported for the first time by several threads at once:
    # their init runs once, everyone gets the same module object
    import math, atexit, _random, _signal, _collections, posix
    cmods = (id(math), id(atexit), id(_random), id(_signal), id(_collections), id(posix))
    import tsan_mods.slow
    from tsan_mods import fast
    m = sys.modules["tsan_mods.slow"]
    ok = m is tsan_mods.slow and m.f(1) == 499501 and fast.TABLE[9] == 81
    try:
        import tsan_mods.broken
        err = None
    except ValueError as e:
        err = str(e)
    import json, heapq, bisect, string     # library modules, first import racing
    out[i] = (ok, id(m), id(fast), err, json.dumps([1, 2]), heapq.nsmallest(1, [3, 1]), cmods)


def main():
    out = [None] * N
    barrier = threading.Barrier(N)
    ts = [threading.Thread(target=worker, args=(i, out, barrier)) for i in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("all ok", all(o[0] for o in out))
    print("one slow object", len({o[1] for o in out}))
    print("one fast object", len({o[2] for o in out}))
    print("one object per C module", len({o[6] for o in out}))
    # a thread that looks while another is failing may see the module or
    # the error (in CPython too); at least one sees the error
    print("errors", "broken on purpose" in {o[3] for o in out})
    print("libs", sorted({(o[4], tuple(o[5])) for o in out}))
    ex = tsan_mods.executions
    print("slow ran", ex.count("slow"), "fast ran", ex.count("fast"))
    print("broken ran at least once", ex.count("broken") >= 1)
    print("broken in sys.modules", "tsan_mods.broken" in sys.modules)


main()
