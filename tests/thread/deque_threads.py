# collections.deque shared by threads: append/appendleft/pop/popleft are
# atomic (every item consumed exactly once), extend of a tuple is one
# atomic step, a bounded deque never exceeds maxlen, and lock-free readers
# (d[i], len, iteration, `in`) racing writers see only stored items and
# never crash.  Only aggregates are printed.
import threading
from collections import deque

NT = 4
M = 4000


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


# 4 threads each append their items and popleft whatever is there
d = deque()
got = [[] for _ in range(NT)]


def worker(t, go):
    wait(go)
    mine = got[t]
    for i in range(M):
        if i & 1:
            d.append(t * M + i)
        else:
            d.appendleft(t * M + i)
        if i % 3 == 0:
            try:
                mine.append(d.popleft() if t & 1 else d.pop())
            except IndexError:
                pass


run(NT, worker)
rest = []
while d:
    rest.append(d.popleft())
allx = sorted([x for g in got for x in g] + rest)
print("consumed", len(allx), allx == list(range(NT * M)), len(d))

# producers and consumers on separate threads; consumers stop on a sentinel
q = deque()
eaten = [[] for _ in range(NT)]


def pc(t, go):
    wait(go)
    if t < 2:
        for i in range(M):
            q.append(t * M + i)
        q.append(None)
        return
    mine = eaten[t]
    while True:
        try:
            x = q.popleft()
        except IndexError:
            continue
        if x is None:
            return
        mine.append(x)


run(NT, pc)
allx = sorted([x for g in eaten for x in g] + [x for x in q if x is not None])
print("pipeline", len(allx), allx == list(range(2 * M)))

# extend of a tuple is atomic: each block stays contiguous and in order
e = deque()


def extender(t, go):
    wait(go)
    for i in range(300):
        blk = tuple((t, i, k) for k in range(8))
        if i & 1:
            e.extend(blk)
        else:
            e.extendleft(blk)


run(NT, extender)
items = list(e)
ok = len(items) == NT * 300 * 8
for j in range(0, len(items), 8):
    blk = items[j:j + 8]
    ks = [b[2] for b in blk]
    same = all(b[:2] == blk[0][:2] for b in blk)
    ok = ok and same and ks in (list(range(8)), list(range(7, -1, -1)))
print("extend blocks", ok)

# a bounded deque never holds more than maxlen
b = deque(maxlen=50)
seen_len = []


def bounded(t, go):
    wait(go)
    mx = 0
    for i in range(M):
        if t & 1:
            b.append(i)
        else:
            b.appendleft(i)
        n = len(b)
        if n > mx:
            mx = n
    seen_len.append(mx)


run(NT, bounded)
print("bounded", len(b), max(seen_len) <= 50, all(0 <= x < M for x in b))

# readers racing writers that push, pop and rotate
r = deque(range(100))
bad = []


def rw(t, go):
    wait(go)
    if t == 0:
        for i in range(M):
            r.append(i % 100)
            r.popleft()
            if i % 7 == 0:
                r.rotate(i % 13 - 6)
        return
    if t == 1:
        for i in range(M):
            r.appendleft(i % 100)
            r.pop()
        return
    errs = 0
    for i in range(M // 4):
        try:
            x = r[i % 100 - 50]
            if not 0 <= x < 100:
                bad.append(x)
        except IndexError:
            pass
        if not 0 <= len(r) <= 102:
            bad.append(('len', len(r)))
        if (i % 50) == 0:
            try:
                s = sum(r)
                if s < 0:
                    bad.append(s)
            except RuntimeError:
                errs += 1
            if 999 in r:
                bad.append(999)


run(NT, rw)
print("readers", bad, len(r), all(0 <= x < 100 for x in r))
