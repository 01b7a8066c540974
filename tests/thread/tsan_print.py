# print() and file writes from several threads at once to the same files:
# every write of one string is atomic (nothing lost, duplicated or torn).
import sys
import threading

N = 4
LINES = 300
PATH = "/tmp/weft_test_tsan_print.txt"

# print() writes its pieces (args, sep, end) one by one, in CPython too, so
# only single writes are atomic: each line below is one write, and all
# threads write identical lines, so stdout is deterministic.


def to_stdout(barrier):
    barrier.wait()
    for i in range(LINES):
        sys.stdout.write("line from a worker " + "x" * 40 + "\n")
        print("line from a worker " + "x" * 40 + "\n", end="")


def to_file(f, idx, barrier):
    barrier.wait()
    for i in range(LINES):
        f.write("t%d-%04d %s\n" % (idx, i, "y" * (i % 50)))
        if i % 97 == 0:
            f.flush()
    for i in range(LINES):
        print("p%d-%04d\n" % (idx, i), end="", file=f)


def main():
    barrier = threading.Barrier(N)
    ts = [threading.Thread(target=to_stdout, args=(barrier,)) for _ in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    sys.stdout.flush()
    with open(PATH, "w") as f:
        barrier = threading.Barrier(N)
        ts = [threading.Thread(target=to_file, args=(f, i, barrier)) for i in range(N)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    with open(PATH) as f:
        lines = f.read().split("\n")
    print("trailing empty", lines[-1] == "")
    lines = lines[:-1]
    print("lines", len(lines), "unique", len(set(lines)))
    want = set()
    for idx in range(N):
        for i in range(LINES):
            want.add("t%d-%04d %s" % (idx, i, "y" * (i % 50)))
            want.add("p%d-%04d" % (idx, i))
    print("exact", set(lines) == want)
    # per thread, its own lines stay in program order
    for idx in range(N):
        mine = [l for l in lines if l.startswith("t%d-" % idx)]
        print(idx, mine == sorted(mine), len(mine))


main()
