"""Private CPU work: every thread computes on its own objects only.

Integer and float arithmetic, method calls on the thread's own instances,
and a steady stream of small short-lived objects (tuples, instances).  No
object is shared between threads except the code, the class and the module,
which are only read.  Ideal: flat time, speedup = T.

    python3 bench/threads/cpu_private.py --threads 2 [--scale 0.5]
"""

import _harness

ROUNDS = 50000         # work per thread at --scale 1
PARTICLES = 64


class Particle:
    __slots__ = ("x", "v", "hits")

    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.hits = 0

    def step(self, dt, width):
        x = self.x + self.v * dt
        if x < 0.0 or x > width:
            self.v = -self.v
            self.hits += 1
            x = self.x
        self.x = x
        return self.hits

    def energy(self):
        return 0.5 * self.v * self.v


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def combine(self, k):
        return (self.a * k + self.b) % 1000003


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def setup(tid):
    seed = 12345
    parts = []
    for _ in range(PARTICLES):
        seed = lcg(seed)
        x = (seed % 1000) / 10.0
        seed = lcg(seed)
        v = ((seed % 200) - 100) / 7.0
        parts.append(Particle(x, v))
    return parts


def work(tid, parts):
    acc = 0
    energy = 0.0
    seed = 99
    for r in range(ROUNDS):
        hits = 0
        for p in parts:
            hits += p.step(0.05, 100.0)
        energy += parts[r % PARTICLES].energy()
        # small objects: a tuple and an instance per inner step
        for i in range(20):
            seed = lcg(seed)
            pair = Pair(seed & 0xFFFF, i)
            t = (pair.combine(r), i, seed >> 20)
            acc = (acc * 31 + t[0] + t[2]) % 1000000007
        acc = (acc + hits) % 1000000007
    return acc, round(energy, 6)


def main():
    opts = _harness.options()
    global ROUNDS
    ROUNDS = _harness.scaled(ROUNDS, opts["scale"])
    results, secs = _harness.run_workers(opts["threads"], work, setup)
    acc, energy = results[0]
    _harness.report("cpu_private: rounds %d checksum %d energy %.6f "
                    "threads agree %s" % (ROUNDS, acc, energy,
                                          _harness.all_equal(results)),
                    secs)


main()
