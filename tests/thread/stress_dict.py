# Shared dicts under threads: d[k] = v, d[k], get, setdefault, pop, `in`,
# len, update and del are atomic through resizes; iteration racing inserts
# either completes or raises "dictionary changed size during iteration".
# Keys: str, int, tuple and instances with Python __hash__/__eq__ (whose
# comparisons run Python code in the middle of a probe).
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


class K:
    """A key whose hash and equality are Python code."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v) % 61   # many collisions: long probes through __eq__

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


def key_of(kind, t, i):
    if kind == 0:
        return "s%d_%d" % (t, i)
    if kind == 1:
        return t * 100000 + i
    if kind == 2:
        return (t, i, "x")
    return K((t, i))


# d[k] = v from every thread (resizes under contention), racing readers
M = 3000
d = {}
bad = []


def writer(t, go):
    wait(go)
    for i in range(M):
        kind = i % 4
        if kind == 3 and i % 12:
            continue               # fewer Python-key inserts (each probe is slow)
        d[key_of(kind, t, i)] = i
        j = (i * 7) % (i + 1)
        v = d.get(key_of(j % 3, (t + 1) % NT, j))
        if v is not None and v != j:
            bad.append(v)
        if key_of(0, t, i) in d and i % 4 == 0 and d["s%d_%d" % (t, i)] != i:
            bad.append(i)


run(NT, writer)
expect = sum(1 for i in range(M) if i % 4 != 3 or i % 12 == 0) * NT
ok = all(d[key_of(i % 4, t, i)] == i for t in range(NT) for i in range(M)
         if i % 4 != 3 or i % 12 == 0)
print("setitem", len(d) == expect, ok, len(bad))

# setdefault: one list per key however many threads race for it
sd = {}


def defaulter(t, go):
    wait(go)
    for i in range(2000):
        sd.setdefault(i % 500, []).append(t)
        sd.setdefault(K(i % 50), []).append(t)


run(NT, defaulter)
cnt = sorted(len(v) for v in sd.values())
print("setdefault", len(sd), cnt[0], cnt[-1], sum(cnt))

# pop: every key popped by exactly one thread
pd = {key_of(i % 3, 0, i): i for i in range(12000)}
keys = list(pd)
wins = [0] * NT


def popper(t, go):
    wait(go)
    n = 0
    for k in (keys if t % 2 else reversed(keys)):
        if pd.pop(k, None) is not None:
            n += 1
    wins[t] = n


run(NT, popper)
print("pop", sum(wins), len(pd))

# del / `in` / d[k] / update, racing: each thread owns its keys
dd = {}
errs = []


def deleter(t, go):
    wait(go)
    for r in range(4):
        dd.update({(t, i): i for i in range(300)})
        for i in range(300):
            k = (t, i)
            if k not in dd or dd[k] != i:
                errs.append(k)
            if i % 3 == 0:
                del dd[k]
        for i in range(300):
            try:
                dd[(t, i)]
                if i % 3 == 0:
                    errs.append(i)
            except KeyError:
                if i % 3:
                    errs.append(i)
        for i in range(300):
            dd.pop((t, i), None)


run(NT, deleter)
print("del/in/update", len(dd), len(errs))

# iteration racing inserts and deletes: completes or raises RuntimeError
it_d = {i: i for i in range(200)}
results = [None] * NT


def iterate(t, go):
    wait(go)
    done = failed = 0
    for r in range(60):
        try:
            for k in it_d:
                if it_d.get(k, k) != k:
                    failed += 1000
            for k, v in list(it_d.items()):
                if k != v:
                    failed += 1000
            done += 1
        except RuntimeError as e:
            if str(e) not in ("dictionary changed size during iteration",
                              "dictionary keys changed during iteration"):
                failed += 1000
    results[t] = (done, failed)


def insert_delete(t, go):
    wait(go)
    for i in range(8000):
        k = 1000 + (i % 3000) + t * 10000
        it_d[k] = k
        if i % 2:
            it_d.pop(k - 1, None)
    results[t] = "w"


def it_role(t, go):
    (insert_delete if t < 2 else iterate)(t, go)


run(NT, it_role)
print("iteration", results[0], results[1],
      [r[0] <= 60 and r[1] == 0 for r in results[2:]])

# one dict iterator shared by several threads: each entry handed out once
shared = {i: -i for i in range(5000)}
sit = iter(shared.items())
got = [0] * NT


def drain(t, go):
    wait(go)
    n = 0
    for k, v in sit:
        if k != -v:
            n += 100000
        n += 1
    got[t] = n


run(NT, drain)
print("shared iterator", sum(got))

# building containers from a dict others mutate (resizes included) copies
# one state of it: never "changed size during iteration", never missing a
# key that was there throughout
snap = {i: i for i in range(1000)}
snap_bad = [0] * NT


def churn(t, go):
    wait(go)
    for i in range(3000):
        k = 10000 + t * 100000 + i
        snap[k] = k
        if i % 3:
            del snap[k]
        if i % 500 == 0:
            for j in range(max(0, i - 500), i):
                snap.pop(10000 + t * 100000 + j, None)


def copier(t, go):
    wait(go)
    bad = 0
    for r in range(15):
        try:
            for c in (list(snap), sorted(snap), tuple(snap.keys()), set(snap),
                      dict(snap), snap.copy(), [k for k, v in list(snap.items())],
                      list(snap.values()), frozenset(snap.items())):
                c = set(x if type(x) is int else x[0] for x in c)
                if not all(i in c for i in range(0, 1000, 7)):
                    bad += 1
            d2 = {}
            d2.update(snap)
            if len(d2) < 1000:
                bad += 1
            # views compared and combined with sets walk one state too
            ks = snap.keys()
            if not (ks >= set(range(1000)) and set(range(1000)) <= ks and
                    not ks.isdisjoint(range(5)) and len(ks & set(range(10))) == 10 and
                    set(range(1000)).issubset(ks) and set(range(10)).issubset(snap) and
                    len(dict.fromkeys(ks)) >= 1000):
                bad += 1
        except RuntimeError:
            bad += 1000
    snap_bad[t] = bad


run(NT, lambda t, go: (churn if t < 2 else copier)(t, go))
print("snapshots", snap_bad[2:])

# len() racing inserts is always a value the dict had
ld = {}
lens = []


def grower(t, go):
    wait(go)
    if t == 0:
        for i in range(20000):
            ld[i] = i
    else:
        prev = 0
        for i in range(3000):
            n = len(ld)
            if n < prev or n > 20000:
                lens.append(n)
            prev = n


run(2, grower)
print("len", len(ld), lens)
print("ok")
