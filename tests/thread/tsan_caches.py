# Many threads run the same functions at once, so the same inline caches
# (global loads, attribute loads, method calls, class attributes) are filled
# and read concurrently, while one thread keeps changing class attributes
# (type version changes invalidate the caches) and module globals.
import threading

N = 4
ROUNDS = 20000

SCALE = 3
MODE = 0


class Point:
    kind = "p"
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Base:
    factor = 1

    def scaled(self, v):
        return v * self.factor


class Child(Base):
    pass


class Bag:
    def __init__(self, i):
        self.a = i
        self.b = i * 2

    def total(self):
        return self.a + self.b


shared = [Bag(i) for i in range(50)]
child = Child()


def helper(v):
    return v * SCALE


def worker(idx, out, barrier):
    barrier.wait()
    acc = 0
    seen_factors = set()
    seen_modes = set()
    for i in range(ROUNDS):
        p = Point(i, -i)
        acc += p.norm1()                    # method cache, slot attributes
        acc += helper(i) - i * SCALE        # global load + call (SCALE fixed)
        b = shared[i % 50]
        acc += b.total() - 3 * (i % 50)     # shared instances, same caches
        f = child.scaled(1)                 # class attribute through MRO
        seen_factors.add(f)
        acc += len(Point.kind)
        seen_modes.add(MODE)                # global rewritten by the mutator
    out[idx] = (acc, seen_factors <= {1, 2, 3} and seen_modes <= {0, 1, 2})


def mutator(stop, barrier):
    global MODE
    barrier.wait()
    k = 0
    while not stop.is_set():
        Base.factor = 1 + k % 3             # type version changes
        Point.kind = "q" if k % 2 else "p"
        MODE = k % 3
        k += 1
    Base.factor = 1
    Point.kind = "p"
    MODE = 0


def expected():
    acc = 0
    for i in range(ROUNDS):
        acc += 2 * i + 1
    return acc


def main():
    out = [None] * N
    stop = threading.Event()
    barrier = threading.Barrier(N + 1)
    ts = [threading.Thread(target=worker, args=(i, out, barrier)) for i in range(N)]
    m = threading.Thread(target=mutator, args=(stop, barrier))
    for t in ts:
        t.start()
    m.start()
    for t in ts:
        t.join()
    stop.set()
    m.join()
    want = ROUNDS * 2 * (ROUNDS - 1) // 2 + ROUNDS
    print("workers", N)
    print("sums ok", all(o[0] == want for o in out), want == expected())
    print("factors ok", all(o[1] for o in out))
    print("class restored", Base.factor, Point.kind, child.scaled(5))


main()
