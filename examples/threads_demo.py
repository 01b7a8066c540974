"""Free threading in Weft: one CPU-bound function in 1 thread, then in 2.

Each thread does the same amount of work, so if the threads really run in
parallel the 2-thread run takes about as long as the 1-thread run and the
speedup (2 x t1 / t2) is close to 2.  Under CPython 3.11 the global
interpreter lock lets only one thread run Python code at a time, so the
speedup there stays near 1.  Run with `make demo`, or:

    ./weft examples/threads_demo.py
    python3 examples/threads_demo.py
"""

import os
import threading
import time

ROUNDS = 1000
TRIES = 3              # best of 3 for each thread count (noisy machines)


def collatz_work(rounds):
    """Pure Python CPU work: Collatz chain lengths plus a little float math."""
    longest = 0
    total = 0.0
    for r in range(rounds):
        for n in range(1 + r * 100, 101 + r * 100):
            steps = 0
            while n != 1:
                n = n // 2 if n % 2 == 0 else 3 * n + 1
                steps += 1
            if steps > longest:
                longest = steps
            total += steps ** 0.5
    return longest, round(total, 3)


def timed_run(nthreads):
    results = [None] * nthreads
    barrier = threading.Barrier(nthreads + 1)

    def worker(i):
        barrier.wait()
        results[i] = collatz_work(ROUNDS)

    threads = [threading.Thread(target=worker, args=(i,))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    barrier.wait()              # every worker is started and waiting
    start = time.perf_counter()
    for t in threads:
        t.join()
    return time.perf_counter() - start, results


def best_run(nthreads):
    best, results = None, []
    for _ in range(TRIES):
        t, r = timed_run(nthreads)
        results += r
        if best is None or t < best:
            best = t
    return best, results


def main():
    t1, r1 = best_run(1)
    t2, r2 = best_run(2)
    same = all(r == r1[0] for r in r1 + r2)
    speedup = 2 * t1 / t2
    print("same work in every thread: longest chain %d, checksum %.3f, "
          "results agree: %s" % (r1[0][0], r1[0][1], same))
    print("1 thread: %.2f s, 2 threads: %.2f s -> speedup %.2fx at 2 threads"
          " (best of %d)" % (t1, t2, speedup, TRIES))
    print("(ideal 2.00x; %d CPUs here; CPython's GIL keeps it near 1.0x)"
          % (os.cpu_count() or 0))


main()
