# Shared sets under threads: add, discard, remove, pop and `in` are atomic
# through resizes; iteration racing mutation either completes or raises
# "Set changed size during iteration".  Only aggregates are printed.
import threading

NT = 4


def run(n, target, *args):
    go = []
    ts = [threading.Thread(target=target, args=(t, go) + args) for t in range(n)]
    for t in ts:
        t.start()
    go.append(1)
    for t in ts:
        t.join()


def wait(go):
    while not go:
        pass


class P:
    """Python __hash__/__eq__: comparisons run Python code mid-probe."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 37

    def __eq__(self, other):
        return type(other) is P and other.v == self.v


# add: overlapping values from every thread, each kept once
s = set()


def adder(t, go):
    wait(go)
    for i in range(6000):
        s.add(i)                 # same ints from every thread
        s.add("v%d" % (i % 1000))
        if i % 20 == 0:
            s.add(P(i % 300))
        s.add((t, i))            # distinct per thread


run(NT, adder)
print("add", len(s), sum(1 for x in s if type(x) is int), sum(1 for x in s if type(x) is P))

# remove: every element removed by exactly one thread
r = set(range(10000)) | {"k%d" % i for i in range(2000)}
elems = sorted(r, key=str)
wins = [0] * NT


def remover(t, go):
    wait(go)
    n = 0
    for x in (elems if t % 2 else reversed(elems)):
        try:
            r.remove(x)
            n += 1
        except KeyError:
            pass
    wins[t] = n


run(NT, remover)
print("remove", sum(wins), len(r))

# pop: every element handed out once
p = set(range(15000))
got = [[] for _ in range(NT)]


def popper(t, go):
    wait(go)
    mine = got[t]
    while True:
        try:
            mine.append(p.pop())
        except KeyError:
            break


run(NT, popper)
allp = sorted(x for g in got for x in g)
print("pop", len(allp), allp == list(range(15000)))

# add/discard/in racing, each thread on its own values plus shared readers
m = set(range(100))
errs = []


def toggler(t, go):
    wait(go)
    base = 1000 * (t + 1)
    for r_ in range(30):
        for i in range(200):
            m.add(base + i)
        for i in range(200):
            if base + i not in m:
                errs.append(i)
        for i in range(0, 200, 2):
            m.discard(base + i)
        for i in range(200):
            if (base + i in m) != (i % 2 == 1):
                errs.append(-i)
        for i in range(100):
            if i not in m:
                errs.append(i)
        for i in range(1, 200, 2):
            m.discard(base + i)


run(NT, toggler)
print("add/discard/in", sorted(m) == list(range(100)), len(errs))

# iteration racing mutation
it_s = set(range(300))
res = [None] * NT


def iterate(t, go):
    wait(go)
    done = bad = 0
    for _ in range(60):
        try:
            for x in it_s:
                if type(x) is not int:
                    bad += 1
            done += 1
        except RuntimeError as e:
            if str(e) != "Set changed size during iteration":
                bad += 1
    res[t] = (done <= 60, bad)


def mutate(t, go):
    wait(go)
    for i in range(8000):
        it_s.add(1000 + i % 500 + t * 1000)
        it_s.discard(1000 + (i * 7) % 500 + t * 1000)
    res[t] = "w"


run(NT, lambda t, go: (mutate if t < 2 else iterate)(t, go))
print("iteration", res)

# set algebra on a set others mutate: results contain only stored values
alg = set(range(0, 400, 2))
odd = []


def algebra(t, go):
    wait(go)
    for i in range(300):
        if t == 0:
            alg.add(400 + i)
            if i >= 50:
                alg.discard(350 + i)
            alg.update({1000 + i % 10})
            alg.difference_update({1000 + (i + 5) % 10})
            alg.symmetric_difference_update({3000})
        else:
            u = alg | {5000}
            x = alg & set(range(0, 2000))
            y = alg - {0}
            z = alg ^ {2}
            for c in (u, x, y, z):
                for e in c:
                    if type(e) is not int:
                        odd.append(e)
            sorted(alg)
            len(alg.copy())


run(NT, algebra)
print("algebra", len(odd), sorted(x for x in alg if x < 400) == list(range(0, 400, 2)))

# copies of a set others mutate (resizes included) hold one state of it:
# no "changed size" error, no element present throughout missing
base = set(range(500))
cbad = [0] * NT


def churn(t, go):
    wait(go)
    for i in range(4000):
        k = 1000 + t * 100000 + i
        base.add(k)
        if i % 4:
            base.discard(k)
        if i % 700 == 0:
            for j in range(max(0, i - 700), i):
                base.discard(1000 + t * 100000 + j)


def copier(t, go):
    wait(go)
    bad = 0
    want = set(range(500))
    for r in range(20):
        try:
            for c in (list(base), sorted(base), base.copy(), frozenset(base), set(base),
                      base | {-1}, base & want, base - {-2}, base ^ {-3}, tuple(base)):
                if not want.issubset(c):
                    bad += 1
            if not want <= base or not base >= want or base.isdisjoint(want):
                bad += 1
        except RuntimeError:
            bad += 1000
    cbad[t] = bad


run(NT, lambda t, go: (churn if t < 2 else copier)(t, go))
print("snapshots", cbad[2:])

# one set iterator shared by several threads: each element handed out once
shared = set(range(10000))
sit = iter(shared)
got = [0] * NT


def drain(t, go):
    wait(go)
    n = 0
    for x in sit:
        n += 1
    got[t] = n


run(NT, drain)
print("shared iterator", sum(got))
print("ok")
