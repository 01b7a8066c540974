# Shared lists under threads: single operations (append, pop, l[i],
# l[i] = v, extend, insert, remove) are atomic, and readers and iterators
# racing writers (slice assignment/deletion, sort, reverse) never crash
# and never see anything that was not stored.  Only aggregates are printed.
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


# append: nothing lost, nothing duplicated
M = 5000
shared = []


def appender(t, go):
    wait(go)
    for i in range(M):
        shared.append(t * M + i)


run(NT, appender)
print("append", len(shared), sorted(shared) == list(range(NT * M)))

# pop(): every item popped exactly once
popped = [[] for _ in range(NT)]


def popper(t, go):
    wait(go)
    mine = popped[t]
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            break


run(NT, popper)
allp = [x for p in popped for x in p]
print("pop", len(allp), sorted(allp) == list(range(NT * M)), len(shared))

# l[i] / l[i] = v: readers only ever see values some writer stored
N = 64
cells = [0] * N
bad = []


def setter(t, go):
    wait(go)
    for i in range(M):
        cells[(i * 7 + t) % N] = (t + 1) * 1000 + (i % 1000)
        v = cells[(i * 13 + t) % N]
        if v and not (1000 <= v < (NT + 1) * 1000):
            bad.append(v)


run(NT, setter)
print("index", len(bad), all(v == 0 or 1000 <= v < (NT + 1) * 1000 for v in cells))

# extend / insert / remove racing readers and iterators
work = list(range(100))
seen = [0] * NT
odd = []


def mutator(t, go):
    wait(go)
    base = 100000 * (t + 1)
    for i in range(800):
        work.extend([base + i, -(base + i)])
        work.insert(i % 7, base + 50000 + i)
        work.remove(base + 50000 + i)
        if i % 5 == 0:
            work.remove(-(base + i))


def reader(t, go):
    wait(go)
    n = 0
    for _ in range(20):
        for x in work:
            if type(x) is not int:
                odd.append(x)
            n += 1
        try:
            work[-1]
            work[len(work) // 2]
        except IndexError:
            pass
    seen[t] = n


def mixed(t, go):
    if t < 2:
        mutator(t, go)
    else:
        reader(t, go)


run(NT, mixed)
neg = sorted(x for x in work if x < 0)
pos = sorted(x for x in work if 100 <= x)
exp_pos = sorted(100000 * (t + 1) + i for t in range(2) for i in range(800))
exp_neg = sorted(-(100000 * (t + 1) + i) for t in range(2) for i in range(800) if i % 5)
print("extend/insert/remove", len(work), pos == exp_pos, neg == exp_neg,
      sorted(x for x in work if 0 <= x < 100) == list(range(100)), len(odd), seen[2] > 0)

# slice assignment / deletion / sort / reverse (one writer each) racing
# readers: every item read is one of the values ever stored (ints 0..999)
data = list(range(1000))
stop = []
sorts = [0, 0]


def slicer():
    for i in range(300):
        k = i % 50
        data[k:k + 10] = data[k + 10:k:-1]
        del data[k:k + 3]
        data[k:k] = [k, k + 1, k + 2]
        try:
            data[::7] = data[::7]   # the length may change in between
        except ValueError:
            pass
        del data[k + 1:k + 40:9]
        data.extend(range(k + 1, k + 40, 9))
        data.reverse()


def sorter():
    while True:
        try:
            data.sort()
            data.sort(reverse=True)
            data.sort(key=lambda v: -v)
        except ValueError:
            sorts[1] += 1  # "list modified during sort": allowed, not printed
        sorts[0] += 1
        if stop:
            break


def checker(t):
    bad = 0
    while True:
        for x in data:
            if type(x) is not int or not 0 <= x < 1000:
                bad += 1
        s = data[10:100:3]
        for x in s:
            if type(x) is not int:
                bad += 1
        try:
            x = data[-1]
            if type(x) is not int:
                bad += 1
        except IndexError:
            pass
        if stop:
            break
    odd.append(bad)


def role(t, go):
    wait(go)
    if t == 0:
        try:
            slicer()
        finally:
            stop.append(1)
    elif t == 1:
        sorter()
    else:
        checker(t)


odd.clear()
run(NT, role)
data.sort()
# (the length is not deterministic: a sort empties the list while it runs,
# as in CPython, so the slicer's edits made meanwhile are lost)
print("slices/sort", all(type(x) is int and 0 <= x < 1000 for x in data), odd, sorts[0] > 0)

# one list iterator shared by several threads: each item handed out once
src = list(range(20000))
it = iter(src)
got = [0] * NT


def drain(t, go):
    wait(go)
    n = 0
    for x in it:
        n += 1
    got[t] = n


run(NT, drain)
print("shared iterator", sum(got), next(it, "done"))
print("ok")
