# gc_pause.py -- garbage-collector stress: a large live heap plus churn.
# Exercises: the allocator and (cyclic) garbage collector with a big
# long-lived heap.  About 1,000,000 small objects stay live for the whole
# run (a dict of 100,000 lists holding 9 tuples each, every tuple holding
# a fresh int and float), while a churn loop keeps allocating short-lived
# tuples, strings, lists, dicts, class instances and reference cycles,
# and now and then replaces part of the long-lived structure so that old
# objects die and young ones get promoted.
#
# stdout: a deterministic checksum (compared across interpreters).
# stderr: total churn time and the slowest churn batch, a rough proxy for
#         the longest collector pause (only if a `time` module exists; the
#         timing lines are not part of the checked output).
#
# Usage: gc_pause.py [batches]     (default: DEFAULT_SIZE churn batches)
import sys

try:
    import time
    clock = time.perf_counter
except ImportError:            # the benchmark still runs without timing
    clock = None

DEFAULT_SIZE = 12000
SIZE_KIND = "linear"
LIVE_KEYS = 100000
PER_KEY = 9


class Cell:
    def __init__(self, value, link):
        self.value = value
        self.link = link
        self.partner = None


def make_entry(k, salt):
    base = k * PER_KEY + 1000 + salt
    return [(base + j, (base + j) * 0.5) for j in range(PER_KEY)]


def build_live():
    live = {}
    for k in range(LIVE_KEYS):
        live[k] = make_entry(k, 0)
    return live


def churn_batch(live, batch):
    acc = 0
    # Short-lived tuples and strings.
    temp = [(i, batch + i * 0.25, str(i + batch)) for i in range(150)]
    for i, f, s in temp:
        acc += i + len(s) + int(f)
    # A linked list of instances.
    head = None
    for i in range(60):
        head = Cell(i + batch, head)
    node = head
    while node is not None:
        acc += node.value
        node = node.link
    # Reference cycles that only a cycle collector can reclaim.
    for i in range(30):
        a = Cell(i, None)
        b = Cell(-i, a)
        a.link = b
        a.partner = [a, b]
    # A short-lived dict.
    d = {}
    for i in range(40):
        d["k%d" % i] = (i, batch)
    acc += len(d)
    # Replace a few long-lived entries: old objects die, new ones live on.
    for r in range(8):
        k = (batch * 7919 + r * 104729) % LIVE_KEYS
        old = live[k]
        acc += old[0][0] % 1000
        live[k] = make_entry(k, batch + 1)
    return acc


def checksum_live(live):
    total = 0
    count = 0
    for k in range(LIVE_KEYS):
        for a, f in live[k]:
            total = (total + a + int(f)) % 1000000007
            count += 1
    return total, count


def main():
    batches = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    start = clock() if clock else 0.0
    live = build_live()
    built = clock() if clock else 0.0
    acc = 0
    worst = 0.0
    for batch in range(batches):
        t0 = clock() if clock else 0.0
        acc = (acc + churn_batch(live, batch)) % 1000000007
        if clock:
            dt = clock() - t0
            if dt > worst:
                worst = dt
    end = clock() if clock else 0.0
    total, count = checksum_live(live)
    print("gc_pause batches=%d live tuples=%d" % (batches, count))
    print("churn checksum: %d" % acc)
    print("live checksum: %d" % total)
    if clock:
        sys.stderr.write("gc_pause: build %.3f s, churn %.3f s, total %.3f s, "
                         "slowest batch %.2f ms\n"
                         % (built - start, end - built, end - start,
                            worst * 1000.0))


main()
