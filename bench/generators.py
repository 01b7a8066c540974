# generators.py -- lazy generator pipelines.
# Exercises: generator functions and generator expressions chained several
# stages deep, `yield from` delegation (including nested delegation and
# return values from sub-generators), generator.send(), generator.close()
# with try/finally cleanup, StopIteration at the end of iteration,
# builtins consuming iterators (sum, max, min, any, all, zip, enumerate,
# map, filter, iter, next), and tuple packing in yields.
#
# Usage: generators.py [count]     (default: DEFAULT_SIZE items per pipeline)
import sys

DEFAULT_SIZE = 800000
SIZE_KIND = "linear"


def numbers(limit, seed):
    # A small xorshift stream of non-negative ints below 2**16.
    x = seed
    for _ in range(limit):
        x ^= (x << 7) & 0xFFFFFFFF
        x ^= x >> 9
        x ^= (x << 8) & 0xFFFFFFFF
        yield x & 0xFFFF


def keep_odd(stream):
    for v in stream:
        if v & 1:
            yield v


def scale(stream, k):
    for v in stream:
        yield v * k % 65521


def pairs(stream):
    # Non-overlapping pairs; a trailing odd item is dropped.
    it = iter(stream)
    for a in it:
        try:
            b = next(it)
        except StopIteration:
            return
        yield a, b


def running_total(stream):
    total = 0
    for v in stream:
        total += v
        yield total


def chunked(stream, size):
    chunk = []
    for v in stream:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def counted(stream):
    # Delegates to `stream` and returns how many items it produced.
    n = 0
    for v in stream:
        n += 1
        yield v
    return n


def concat_with_counts(streams, counts):
    for s in streams:
        n = yield from counted(s)
        counts.append(n)


def flatten(tree):
    # Nested lists of ints -> ints, by recursive `yield from`.
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def averager():
    # Coroutine: send numbers in, receive the running average (x1000, int).
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total * 1000 // count


def guarded(stream, log):
    try:
        for v in stream:
            yield v
    finally:
        log.append("closed")


def build_tree(depth, start):
    if depth == 0:
        return [start, start + 1, start + 2]
    return [build_tree(depth - 1, start * 3), start,
            build_tree(depth - 1, start * 3 + 1)]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    results = []

    # 1. A five-stage pipeline feeding sum() and max().
    s1 = sum(scale(keep_odd(numbers(count, 12345)), 7))
    results.append(("scaled odd sum", s1))
    m1 = max(a ^ b for a, b in pairs(numbers(count, 777)))
    results.append(("max pair xor", m1))

    # 2. Generator expressions, map/filter, zip and enumerate.
    evens = (v for v in numbers(count, 99) if v % 2 == 0)
    squares = map(lambda v: (v * v) % 1000003, evens)
    small = filter(lambda v: v < 500000, squares)
    z = 0
    for i, (a, b) in enumerate(zip(small, numbers(count, 4242))):
        z = (z + i * a + b) % 1000000007
    results.append(("zip/enumerate digest", z))

    # 3. Running totals consumed in chunks.
    chunk_digest = 0
    for chunk in chunked(running_total(numbers(count, 31337)), 64):
        chunk_digest = (chunk_digest * 17 + min(chunk) + len(chunk)) \
            % 1000000007
    results.append(("chunk digest", chunk_digest))

    # 4. yield from with return values.
    counts = []
    parts = [numbers(count // 4, seed) for seed in (1, 2, 3, 4)]
    total = 0
    for v in concat_with_counts([keep_odd(p) for p in parts], counts):
        total += v
    results.append(("delegated total", total))
    results.append(("delegated counts", "/".join(str(c) for c in counts)))

    # 5. Recursive yield from over a tree, repeated.
    tree = build_tree(10, 1)
    flat = 0
    rounds = max(1, count // 30000)
    for _ in range(rounds):
        flat += sum(flatten(tree))
    results.append(("flattened tree", flat))

    # 6. send() into a coroutine.
    avg = averager()
    next(avg)
    last = 0
    for v in numbers(count // 2, 2718):
        last = avg.send(v)
    avg.close()
    results.append(("average x1000", last))

    # 7. Early exits: any/all short-circuit and explicit close() runs finally.
    log = []
    g = guarded(numbers(count, 5), log)
    found = any(v == 0xBEEF for v in g)
    g.close()
    results.append(("any/all", "%s %s %s" % (
        found, all(v < 65536 for v in numbers(count // 4, 6)), log)))

    print("generators count=%d" % count)
    for name, value in results:
        print("%s: %s" % (name, value))


main()
