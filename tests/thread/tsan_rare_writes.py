# Rare writes that lock-free readers race with: dunders assigned and deleted
# on published classes (type slots change), `obj.__class__` swapped between
# compatible classes, an instance `__dict__` replaced.  Weft does these with
# the world stopped; three reader threads use the objects meanwhile (binary
# operators, iteration, len, attribute access, isinstance) and must see only
# results that are the same under either state: every round must give the
# same totals.
# Meant to run under the TSan build too: no data race may be reported.
import threading

NR = 3          # reader threads
ROUNDS = 100    # reader rounds (at least)
WROUNDS = 300   # writer rounds


class Num(int):
    pass


class SubNum(Num):      # slot updates propagate to subclasses
    pass


def num_add(a, b):
    return int(a) + int(b)


def num_mul(a, b):
    return int(a) * int(b)


class L1(list):
    kind = 3


class L2(list):
    kind = 3


def seq_iter(s):
    return list.__iter__(s)


def seq_len(s):
    return list.__len__(s)


class P:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __eq__(self, o):
        return isinstance(o, (P, Q)) and self.v == o.v

    __hash__ = None


class Q:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return o + self.v

    def __eq__(self, o):
        return isinstance(o, (P, Q)) and o.v == self.v

    __hash__ = None


nums = [Num(5), SubNum(7)]
seqs = [L1([1, 2, 3]), L2([4, 5]), L1([6])]
for s in seqs:
    s.tag = 10
ps = [P(2), Q(3), P(4)]
go = []
done = []
results = [None] * NR


def one_round():
    total = 0
    checks = 0
    for n in nums:
        total += n + 1
        total += n * 2
    for s in seqs:
        for x in s:
            total += x
        total += len(s) + s.tag + s.kind
        if isinstance(s, list) and isinstance(s, (L1, L2)):
            checks += 1
    for p in ps:
        total += p + 1
        if p == P(p.v) and isinstance(p, (P, Q)):
            checks += 1
    return total, checks


def reader(k):
    while not go:
        pass
    rounds = bad = 0
    # at least ROUNDS rounds, and until the writer is done
    while rounds < ROUNDS or not done:
        if one_round() != expected:
            bad += 1
        rounds += 1
    results[k] = bad


def writer():
    while not go:
        pass
    for i in range(WROUNDS):
        # slots change: C int add <-> the generic slot calling num_add
        Num.__add__ = num_add
        Num.__mul__ = num_mul
        L1.__iter__ = seq_iter
        L2.__len__ = seq_len
        for s in seqs:
            s.__class__ = L2 if type(s) is L1 else L1
            s.__dict__ = {"tag": 10}
        for p in ps:
            p.__class__ = Q if type(p) is P else P
        del Num.__add__
        del Num.__mul__
        del L1.__iter__
        del L2.__len__
        ps[i % 3].__dict__ = {"v": ps[i % 3].v}
    done.append(1)


expected = one_round()
print(expected)
ts = [threading.Thread(target=reader, args=(k,)) for k in range(NR)]
ts.append(threading.Thread(target=writer))
for t in ts:
    t.start()
go.append(1)
for t in ts:
    t.join()

print(results)
print(sorted(type(s).__name__ for s in seqs), sorted(type(p).__name__ for p in ps))
print([n + 1 for n in nums], [len(s) for s in seqs], [list(s) for s in seqs])
print("__add__" in Num.__dict__, "__iter__" in L1.__dict__, [s.tag for s in seqs])
