"""Allocation-heavy work: binary trees built and dropped in every thread.

Each thread first builds one long-lived tree of small class instances that
stays reachable for the whole timed section (the collector has to keep
marking it while the threads churn), then repeatedly builds and walks
short-lived trees of 2-tuples at several depths, and finally checks its
long-lived tree again.  Nothing is shared between threads, so the speedup
is limited only by the allocator and the collector.

    python3 bench/threads/alloc_trees.py --threads 2 [--scale 0.5]
"""

import _harness

MAX_DEPTH = 14         # depth of the short-lived trees' biggest size
MIN_DEPTH = 4
LONG_DEPTH = 14        # long-lived tree, kept alive across the section
PASSES = 2             # work per thread at --scale 1 (times --scale)


class Node:
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def long_lived(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(long_lived(depth - 1, 2 * value),
                long_lived(depth - 1, 2 * value + 1), value)


def long_sum(node):
    if node.left is None:
        return node.value
    return node.value + long_sum(node.left) + long_sum(node.right)


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def work(tid, passes):
    keep = long_lived(LONG_DEPTH, 1)
    total = 0
    for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
        iterations = _harness.scaled(1 << (MAX_DEPTH - depth + MIN_DEPTH),
                                     passes)
        for _ in range(iterations):
            total += check(make(depth))
    return total, long_sum(keep)


def main():
    opts = _harness.options()
    passes = PASSES * opts["scale"]
    results, secs = _harness.run_workers(
        opts["threads"], work, setup=lambda tid: passes)
    total, kept = results[0]
    _harness.report("alloc_trees: passes %g nodes checked %d long-lived "
                    "sum %d threads agree %s"
                    % (passes, total, kept, _harness.all_equal(results)),
                    secs)


main()
