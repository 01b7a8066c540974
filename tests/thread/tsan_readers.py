# Several threads read one binary file object at once (a buffered reader:
# thread-safe in CPython too; CPython's text layer is not): every line is
# read exactly once and none is torn.  The main thread forces collections
# meanwhile.
import gc
import threading
import time

N = 4
PATH = "/tmp/weft_test_tsan_stdin.txt"


def reader(f, idx, out, barrier):
    barrier.wait()
    got = []
    while True:
        line = f.readline()
        if not line:
            break
        got.append(line.decode().rstrip("\n"))
    out[idx] = got


def main():
    with open(PATH, "w") as f:
        for i in range(2000):
            f.write("input line %04d\n" % i)
    out = [None] * N
    barrier = threading.Barrier(N)
    with open(PATH, "rb") as f:
        ts = [threading.Thread(target=reader, args=(f, i, out, barrier)) for i in range(N)]
        for t in ts:
            t.start()
        while any(t.is_alive() for t in ts):
            gc.collect()                      # while the readers run
            # back-to-back collections would stop the readers' world again
            # before they are rescheduled (starvation, not a deadlock)
            time.sleep(0.001)
        for t in ts:
            t.join()
    lines = [l for o in out for l in o]
    print("lines", len(lines), "unique", len(set(lines)))
    print("exact", sorted(lines) == ["input line %04d" % i for i in range(2000)])
    print("in order per thread", all(o == sorted(o) for o in out))


main()
