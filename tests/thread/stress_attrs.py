# Attributes under threads: instance attributes (dict and __slots__) set,
# read and deleted from many threads; class attributes and methods rebound
# while other threads read them through instances (inline caches); module
# globals written with `global` while others read them.
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


class Box:
    pass


# instance attributes: each thread its own names on one shared object,
# plus one attribute that every thread writes
o = Box()
o.shared = 0
bad = []


def inst_worker(t, go):
    wait(go)
    for i in range(400):
        setattr(o, "a%d_%d" % (t, i), i)
        o.shared = t * 1000 + i
        v = o.shared
        if not (0 <= v < NT * 1000 and v % 1000 < 400):
            bad.append(v)
    for i in range(400):
        if getattr(o, "a%d_%d" % (t, i)) != i:
            bad.append(i)
        if i % 2:
            delattr(o, "a%d_%d" % (t, i))
    for i in range(400):
        if hasattr(o, "a%d_%d" % (t, i)) != (i % 2 == 0):
            bad.append(-i)


run(NT, inst_worker)
names = sorted(k for k in vars(o) if k.startswith("a"))
print("instance", len(names), len(bad), o.shared % 1000)

# per-thread instances of one class: the attribute sites' caches are shared
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, d):
        self.x = self.x + d
        self.y = self.y - d
        return self.x + self.y


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 0
        self.b = 0


sums = [0] * NT
slotted = Slotted()


def cache_worker(t, go):
    wait(go)
    pts = [Point(i, -i) for i in range(50)]
    s = 0
    for r in range(200):
        for p in pts:
            s += p.move(1)
        if t % 2:
            slotted.a = r
        else:
            slotted.b = r
        if not (0 <= slotted.a < 200 and 0 <= slotted.b < 200):
            bad.append(r)
    sums[t] = s + sum(p.x for p in pts)


run(NT, cache_worker)
print("instance caches", sums, slotted.a, slotted.b, len(bad))

# class attributes rebound while readers read through instances
class C:
    x = 0

    def f(self):
        return 1

    def read(self):
        return self.x


stop = []
mono = [0] * NT
seen_f = [None] * NT


def class_writer():
    for i in range(1, 5001):
        C.x = i
        if i % 500 == 0:
            C.f = (lambda self: 2) if i % 1000 else (lambda self: 1)
        if i % 3 == 0:
            C.y = i
        elif i % 3 == 1:
            try:
                del C.y
            except AttributeError:
                bad.append("y")
    C.f = lambda self: 3


def class_reader(t):
    c = C()
    prev = 0
    back = 0
    fs = set()
    while True:
        done = bool(stop)
        v = c.read()
        w = C.x
        if v < prev or w < v:
            back += 1
        prev = v
        fs.add(c.f())
        try:
            y = c.y
            if y % 3:
                back += 1
        except AttributeError:
            pass
        if done:
            break
    mono[t] = (back, c.read(), c.f())
    seen_f[t] = sorted(fs)


def class_role(t, go):
    wait(go)
    if t == 0:
        class_writer()
        stop.append(1)
    else:
        class_reader(t)


run(NT, class_role)
print("class", mono[1:], all(set(f) <= {1, 2, 3} and 3 in f for f in seen_f[1:]))

# subclasses of one base defined by several threads at once: none is lost
# from __subclasses__, so a later change to the base's attribute reaches
# lookups that every subclass had cached
bases = [type("B%d" % i, (), {"x": 0}) for i in range(150)]
made = [[] for _ in range(NT)]
sbad = []


def subclasser(t, go):
    wait(go)
    for b in bases:
        S = type("S", (b,), {})
        s = S()
        if s.x != 0:
            sbad.append(t)
        made[t].append(s)


run(NT, subclasser)
for t in range(NT):
    for s in made[t]:
        s.x                     # cached in this thread under the old state
for b in bases:
    b.x = 1
print("subclasses", sum(len(b.__subclasses__()) for b in bases),
      sum(1 for t in range(NT) for s in made[t] if s.x != 1), len(sbad))

# dunders assigned and deleted by racing threads: afterwards the class
# behaves as its dict says (its slot was not left at a stale writer's value)
class E:
    pass


def eq_true(a, b):
    return True


def dunder(t, go):
    wait(go)
    for i in range(1500):
        if (i + t) % 2:
            E.__eq__ = eq_true
        else:
            try:
                del E.__eq__
            except AttributeError:
                pass


run(NT, dunder)
print("dunders", ("__eq__" in E.__dict__) == (E() == E()))

# module globals: each thread bumps its own global with `global`, one
# thread creates new globals (resizing the module dict) while everyone
# reads a constant global
KONST = 12345
c0 = c1 = c2 = c3 = 0
misses = [0] * NT


def bump0():
    global c0
    c0 += 1


def bump1():
    global c1
    c1 += 1


def bump2():
    global c2
    c2 += 1


def bump3():
    global c3
    c3 += 1


bumps = [bump0, bump1, bump2, bump3]


def glob_worker(t, go):
    wait(go)
    f = bumps[t]
    g = globals()
    n = 0
    for i in range(3000):
        f()
        if KONST != 12345:
            n += 1
        if t == 0 and i % 3 == 0:
            g["dyn_%d" % i] = i
        if t == 1 and i % 3 == 0 and i > 300:
            g.pop("dyn_%d" % (i - 300), None)
    misses[t] = n


run(NT, glob_worker)
print("globals", c0, c1, c2, c3, misses, len([k for k in globals() if k.startswith("dyn_")]) <= 1000)
print("ok")
