# Interned strings under threads: sys.intern of equal (but distinct) strings
# from many threads at once returns one object; identifiers created in
# parallel (attribute names, keyword names, exec'd code) are interned.
import sys
import threading

NT = 4
M = 3000


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


def fresh(i):
    # a new str object each call (never a constant)
    return "".join(["nm_", str(i), "_", "z" * (i % 5)])


res = [None] * NT


def interner(t, go):
    wait(go)
    order = range(M) if t % 2 == 0 else range(M - 1, -1, -1)
    out = [None] * M
    for i in order:
        out[i] = sys.intern(fresh(i))
    res[t] = out


run(NT, interner)
same = all(res[t][i] is res[0][i] for t in range(1, NT) for i in range(M))
again = all(sys.intern(fresh(i)) is res[0][i] for i in range(M))
print("intern", same, again, len(set(map(id, res[0]))))

# attribute names made at run time by several threads: the key stored in
# the instance dict is the interned name
class O:
    pass


objs = [O() for _ in range(NT)]
shared_o = O()


def attr_maker(t, go):
    wait(go)
    for i in range(500):
        name = fresh(10000 + i)
        setattr(objs[t], name, i)
        setattr(shared_o, name, t)


run(NT, attr_maker)
ok = True
for t in range(NT):
    for k in vars(objs[t]):
        if k is not sys.intern(fresh(int(k.split("_")[1]))):
            ok = False
ok2 = all(k is sys.intern(k) for k in vars(shared_o))
print("setattr names", ok, ok2, len(vars(shared_o)), set(vars(shared_o).values()) <= set(range(NT)))

# code compiled in parallel: its identifiers are interned, so names from
# different threads' code are the same objects
nss = [None] * NT


def compiler(t, go):
    wait(go)
    ns = {}
    src = "\n".join("ident_%d = %d" % (i, i) for i in range(300))
    exec(compile(src, "<t%d>" % t, "exec"), ns)
    nss[t] = ns


run(NT, compiler)
keys0 = {k: k for k in nss[0] if k.startswith("ident_")}
ok = all(k is keys0[k] for t in range(1, NT) for k in nss[t] if k.startswith("ident_"))
ok3 = all(k is sys.intern("ident_" + k[6:]) for k in keys0)
print("compiled names", len(keys0), ok, ok3)

# keyword argument names built at run time
def kw(**k):
    return k


kres = [None] * NT


def kwcaller(t, go):
    wait(go)
    out = []
    for i in range(300):
        d = kw(**{fresh(20000 + i): i})
        out.append(next(iter(d)))
    kres[t] = out


run(NT, kwcaller)
print("kw names", all(len(r) == 300 for r in kres),
      all(kres[t][i] == kres[0][i] for t in range(NT) for i in range(300)))
print("ok")
