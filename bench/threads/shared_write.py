"""Shared writes: counters under a threading.Lock plus unlocked appends.

Every worker, in each step, does a little private arithmetic, then under
one shared threading.Lock increments a shared counter object's attribute
and one slot of a shared dict of totals, and without any lock appends an
int encoding (tid, step) to one shared list.  At the end the program
checks that nothing was lost or duplicated: the counter equals T x steps,
the totals add up, and the list holds every (tid, step) exactly once.

The lock serialises the critical section, so the speedup is bounded by the
share of time spent outside it; the row's main purpose is correctness
(lost updates would show as "ok False").

    python3 bench/threads/shared_write.py --threads 2 [--scale 0.5]
"""

import threading

import _harness

STEPS = 400000         # steps per thread at --scale 1
SLOTS = 16


class Counter:
    def __init__(self):
        self.value = 0


COUNTER = Counter()
TOTALS = dict.fromkeys(range(SLOTS), 0)
LOG = []
LOCK = threading.Lock()


def work(tid, steps):
    counter = COUNTER
    totals = TOTALS
    log = LOG
    lock = LOCK
    x = tid + 1
    base = tid * steps
    for i in range(steps):
        # private work between the shared writes
        for _ in range(8):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        with lock:
            counter.value += 1
            totals[i % SLOTS] += 1
        log.append(base + i)
    return x


def main():
    opts = _harness.options()
    nthreads = opts["threads"]
    steps = _harness.scaled(STEPS, opts["scale"])
    _, secs = _harness.run_workers(nthreads, work, setup=lambda tid: steps)
    expected = nthreads * steps
    counter_ok = COUNTER.value == expected
    totals_ok = sum(TOTALS.values()) == expected and all(
        TOTALS[s] == nthreads * len(range(s, steps, SLOTS))
        for s in range(SLOTS))
    # every (tid, i) exactly once: per-thread sequences are appended in
    # order by their own thread, so filtering by tid must give 0..steps-1
    per_thread = [[] for _ in range(nthreads)]
    for v in LOG:
        per_thread[v // steps].append(v % steps)
    want = list(range(steps))
    list_ok = len(LOG) == expected and all(seq == want for seq in per_thread)
    _harness.report(
        "shared_write: steps %d counter ok %s totals ok %s list ok %s"
        % (steps, counter_ok, totals_ok, list_ok), secs,
        details=["counter %d totals %d list %d expected %d"
                 % (COUNTER.value, sum(TOTALS.values()), len(LOG),
                    expected)])


main()
