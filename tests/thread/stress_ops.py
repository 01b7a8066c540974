# Every list, dict, set and tuple operation at once: 4 threads run a seeded
# random mix of mutations, reads, iterations, copies and algebra on the
# same containers (int, str and Python-__eq__ keys).  Errors a racing
# program can legitimately get (IndexError, KeyError, ValueError, "changed
# size during iteration") are swallowed; what must hold is no crash, no
# hang, and only stored values ever read back.
import random
import sys
import threading

NT = 4
N = 1000
L = list(range(50))
D = {i: i for i in range(50)}
S = set(range(50))
T = tuple(range(30))
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v % 11
    def __eq__(s, o): return isinstance(o, K) and o.v == s.v
bad = []
def ops_list(r):
    global L
    op = r.randrange(24)
    i = r.randrange(60); j = r.randrange(60)
    try:
        if op == 0: L.append(i)
        elif op == 1: L.pop()
        elif op == 2: L[i] = j
        elif op == 3: L[i:j] = [i] * (j % 5)
        elif op == 4: del L[i:j]
        elif op == 5: L.sort()
        elif op == 6: L.reverse()
        elif op == 7: L.insert(i, j)
        elif op == 8: L.remove(i)
        elif op == 9: L.extend(range(i % 7))
        elif op == 10: L[::3] = L[::3]
        elif op == 11: del L[::4]
        elif op == 12: L.sort(key=lambda x: -x)
        elif op == 13: [x for x in L]
        elif op == 14: L.index(i)
        elif op == 15: L.count(i)
        elif op == 16: i in L
        elif op == 17: list(L); L[:]; L.copy(); tuple(L); sorted(L)
        elif op == 18: L == [1, 2]; repr(L); L + L; L * 2
        elif op == 19: L[i]
        elif op == 20: L *= 1
        elif op == 21: L += [i]
        elif op == 22:
            if len(L) > 200: L.clear()
        elif op == 23: reversed(L); list(reversed(L))
    except (IndexError, ValueError):
        pass
def ops_dict(r):
    global D
    op = r.randrange(22)
    k = r.randrange(80)
    kk = (k, "s%d" % k, K(k))[r.randrange(3)]
    try:
        if op == 0: D[kk] = k
        elif op == 1: D[kk]
        elif op == 2: D.get(kk)
        elif op == 3: D.setdefault(kk, k)
        elif op == 4: D.pop(kk, None)
        elif op == 5: kk in D
        elif op == 6: del D[kk]
        elif op == 7: D.update({k: k, k + 1: k})
        elif op == 8: list(D); list(D.items()); list(D.values())
        elif op == 9:
            for x in D: pass
        elif op == 10: D.copy(); dict(D); {**D}
        elif op == 11: repr(D); D == {1: 1}
        elif op == 12: D.popitem()
        elif op == 13:
            if len(D) > 150: D.clear()
        elif op == 14: len(D); len(D.keys())
        elif op == 15: set(D); frozenset(D.items())
        elif op == 16: D.keys() & {1, 2}; D.keys() | {3}; D.items() - {(1, 1)}
        elif op == 17: sorted(D, key=str)
        elif op == 18: dict.fromkeys(D)
        elif op == 19: reversed(D); list(reversed(D))
        elif op == 20: D |= {k: 0}
        elif op == 21: D.keys() == {1}; (1, 1) in D.items(); 3 in D.values()
    except (KeyError, RuntimeError):
        pass
def ops_set(r):
    op = r.randrange(18)
    k = r.randrange(80)
    kk = (k, "s%d" % k, K(k))[r.randrange(3)]
    try:
        if op == 0: S.add(kk)
        elif op == 1: S.discard(kk)
        elif op == 2: S.remove(kk)
        elif op == 3: S.pop()
        elif op == 4: kk in S
        elif op == 5:
            for x in S: pass
        elif op == 6: list(S); sorted(S, key=str); S.copy(); frozenset(S)
        elif op == 7: S | {1}; S & {1, 2}; S - {3}; S ^ {4}
        elif op == 8: S.update({k, k + 1})
        elif op == 9: S.difference_update({k})
        elif op == 10: S.intersection_update(set(range(0, 80, 1)) | {K(1)})
        elif op == 11: S.symmetric_difference_update({k})
        elif op == 12: repr(S); S == {1}; S <= {1}; S >= {2}; S.isdisjoint({5})
        elif op == 13:
            if len(S) > 150: S.clear()
        elif op == 14: hash(frozenset(S))
        elif op == 15: S.issubset(range(100)); S.issuperset([1])
        elif op == 16: set(D) - S; S - set(D)
        elif op == 17: hash(T); T.index(5); T.count(3); list(T); T[1:5]
    except (KeyError, ValueError, RuntimeError):
        pass
def worker(t, go):
    r = random.Random(t)
    while not go: pass
    for n in range(N):
        ops_list(r); ops_dict(r); ops_set(r)
    for x in L:
        if type(x) is not int: bad.append(x)
    for k, v in list(D.items()):
        if type(v) is not int: bad.append(v)
go = []
ts = [threading.Thread(target=worker, args=(t, go)) for t in range(NT)]
for t in ts: t.start()
go.append(1)
for t in ts: t.join()
print("values", len(bad))
print("types", all(type(x) is int for x in L), all(type(v) is int for v in D.values()),
      all(type(x) in (int, str, K) for x in S))
print("ok")
