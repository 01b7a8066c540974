# Two threads import two modules that import each other: waiting would
# deadlock, so (as in CPython) one thread gets the other's module partially
# initialised and both imports complete; each module body runs once.
import sys
import threading

import tsan_mods


def imp(name, out):
    mod = __import__("tsan_mods." + name, fromlist=["_"])
    out[name] = mod


def main():
    out = {}
    ts = [threading.Thread(target=imp, args=(n, out)) for n in ("cyc_x", "cyc_y")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    x = sys.modules["tsan_mods.cyc_x"]
    y = sys.modules["tsan_mods.cyc_y"]
    print(out["cyc_x"] is x, out["cyc_y"] is y)
    print(x.X, y.Y, x.cyc_y is y, y.cyc_x is x)
    print(sorted(tsan_mods.executions))


main()
