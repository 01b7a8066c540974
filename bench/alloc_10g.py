# alloc_10g.py -- allocate ~10 GiB in total while keeping ~50 MiB live.
# Exercises: allocation and release of medium-sized objects (64 KiB bytes
# objects built by sequence repetition; 10 GiB of them by default), plus a
# batch of 16384 small short-lived tuples (about 1.5 MiB on CPython) every
# 64 chunks, which adds roughly another 3.5 GiB of small-object churn.
# A ring of 800 slots keeps the most recent 800 chunks (~50 MiB) alive;
# every new chunk displaces the oldest, which becomes garbage immediately.
#
# The interesting number is the peak RSS reported by bench/compare.py: an
# allocator / collector that returns or reuses memory keeps it close to the
# live size (CPython: ~66 MiB); one that never frees grows towards 10 GiB.
#
# Usage: alloc_10g.py [MiB]    (default: DEFAULT_SIZE MiB allocated in total
#                               in 64 KiB chunks)
import sys

DEFAULT_SIZE = 10240
SIZE_KIND = "linear"
CHUNK = 65536
RING = 800                # 800 * 64 KiB = 50 MiB live
SMALL_EVERY = 64          # a batch of small objects every this many chunks
SMALL_COUNT = 16384       # tuples per small batch (~1.5 MiB with their ints)


def small_batch(seed):
    items = [(seed + i, i) for i in range(SMALL_COUNT)]
    acc = 0
    for a, b in items[::1024]:
        acc += a - b
    return acc


def main():
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    chunks = mib * (1024 * 1024 // CHUNK)
    ring = [None] * RING
    checksum = 0
    small_batches = 0
    for i in range(chunks):
        # 8-byte pattern repeated to 64 KiB: one fresh 64 KiB allocation.
        pattern = bytes([(i * 7) & 255, (i >> 8) & 255, 1, 2, 3, 4, 5, i & 255])
        chunk = pattern * (CHUNK // 8)
        slot = i % RING
        old = ring[slot]
        if old is not None:
            checksum = (checksum + old[(i * 7919) % CHUNK]) % 1000000007
        ring[slot] = chunk
        if i % SMALL_EVERY == 0:
            checksum = (checksum + small_batch(i)) % 1000000007
            small_batches += 1
    live = 0
    for c in ring:
        if c is not None:
            live += len(c)
            checksum = (checksum + c[-1] + c[len(c) // 2]) % 1000000007
    print("alloc_10g allocated=%d MiB in %d chunks of %d bytes"
          % (chunks * CHUNK // (1024 * 1024), chunks, CHUNK))
    print("small-object batches: %d" % small_batches)
    print("live at end: %d MiB" % (live // (1024 * 1024)))
    print("checksum: %d" % checksum)


main()
