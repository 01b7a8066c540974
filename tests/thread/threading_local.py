# threading.local: per-thread attributes, subclasses with __init__ args.
import threading

data = threading.local()
data.x = "main"
print(type(data).__name__, data.x)
seen = {}
lock = threading.Lock()
def worker(i):
    has_x = hasattr(data, "x")
    data.x = i
    data.items = [i] * 3
    for _ in range(1000):
        data.x += 1
    with lock:
        seen[i] = (has_x, data.x, data.items)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print("main still:", data.x, hasattr(data, "items"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError")
del data.x
print(hasattr(data, "x"))

# subclass: __init__ runs again (with the same arguments) in every thread
class Ctx(threading.local):
    created = 0
    def __init__(self, base, step=1):
        self.value = base
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

ctx = Ctx(100, step=5)
print(ctx.value, ctx.bump())
res = {}
def use(i):
    before = ctx.value
    for _ in range(i):
        ctx.bump()
    with lock:
        res[i] = (before, ctx.value)
ts = [threading.Thread(target=use, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res.items()), ctx.value)

# a local with __slots__-free subclass attributes at class level are shared
class WithDefault(threading.local):
    color = "red"
w = WithDefault()
out = []
def paint():
    out.append(w.color)
    w.color = "blue"
    out.append(w.color)
t = threading.Thread(target=paint); t.start(); t.join()
print(out, w.color)

# arguments without __init__ are rejected
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# the same local used from many threads keeps values apart
counter_local = threading.local()
totals = []
def count(n):
    counter_local.n = 0
    for _ in range(n):
        counter_local.n += 1
    with lock:
        totals.append(counter_local.n)
ts = [threading.Thread(target=count, args=(500 * (i + 1),)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(totals))
