"""Producer/consumer pairs through queue.Queue.

--threads T starts T pairs (2T threads): pair p has its own bounded
queue.Queue, one producer that puts (p, seq, payload) items and a consumer
that gets them, recomputes the payload and records the sequence numbers.
Both sides do a little work per item, so a thread alternates between
computing and blocking on the queue (a full queue blocks the producer, an
empty one the consumer).  At the end the program checks that every item
arrived exactly once, in order, at its pair's consumer.

    python3 bench/threads/queue_pc.py --threads 2 [--scale 0.5]
"""

import queue

import _harness

ITEMS = 100000         # items per pair at --scale 1
MAXSIZE = 64
DONE = None


def payload(p, seq):
    x = seq * 2654435761 + p
    for _ in range(8):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x


def producer(p, q, items):
    for seq in range(items):
        q.put((p, seq, payload(p, seq)))
    q.put(DONE)
    return items


def consumer(p, q):
    seen = []
    bad = 0
    while True:
        item = q.get()
        if item is DONE:
            break
        owner, seq, value = item
        if owner != p or value != payload(owner, seq):
            bad += 1
        seen.append(seq)
    return seen, bad


def main():
    opts = _harness.options()
    pairs = opts["threads"]
    items = _harness.scaled(ITEMS, opts["scale"])
    queues = [queue.Queue(MAXSIZE) for _ in range(pairs)]

    # workers 0..pairs-1 produce, pairs..2*pairs-1 consume
    def work(tid, _):
        if tid < pairs:
            return producer(tid, queues[tid], items)
        return consumer(tid - pairs, queues[tid - pairs])

    results, secs = _harness.run_workers(2 * pairs, work)
    want = list(range(items))
    in_order = all(results[pairs + p][0] == want for p in range(pairs))
    bad = sum(results[pairs + p][1] for p in range(pairs))
    received = sum(len(results[pairs + p][0]) for p in range(pairs))
    _harness.report(
        "queue_pc: items per pair %d each item once in order %s bad %d"
        % (items, in_order, bad), secs,
        details=["pairs %d received %d expected %d"
                 % (pairs, received, pairs * items)])


main()
