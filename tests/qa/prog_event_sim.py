"""Discrete-event simulation of a coffee shop queue (heapq, random, generators)."""
import heapq, random, itertools, math
from collections import deque, Counter

class Event:
    _seq = itertools.count()
    __slots__ = ("time", "kind", "data", "seq")
    def __init__(self, time, kind, data=None):
        self.time, self.kind, self.data, self.seq = time, kind, data, next(Event._seq)
    def __lt__(self, other): return (self.time, self.seq) < (other.time, other.seq)
    def __repr__(self): return f"Event({self.time:.2f}, {self.kind!r})"

class Customer:
    names = itertools.cycle(["ann", "bob", "cy", "dee", "eve", "fay"])
    def __init__(self, cid, arrival, order):
        self.cid, self.arrival, self.order = cid, arrival, order
        self.name = f"{next(Customer.names)}{cid}"
        self.start = self.done = None
    @property
    def wait(self): return self.start - self.arrival
    def __repr__(self): return f"<{self.name} {self.order}>"

MENU = {"espresso": 1.5, "latte": 3.0, "mocha": 3.5, "tea": 1.0}

class Shop:
    def __init__(self, baristas, seed):
        self.rng = random.Random(seed)
        self.free = baristas; self.queue = deque(); self.events = []
        self.now = 0.0; self.served = []; self.log = []
    def schedule(self, delay, kind, data=None):
        heapq.heappush(self.events, Event(self.now + delay, kind, data))
    def arrivals(self, n):
        t = 0.0
        for cid in range(n):
            t += self.rng.expovariate(1 / 1.2)
            yield t, Customer(cid, t, self.rng.choice(sorted(MENU)))
    def run(self, n):
        for t, c in self.arrivals(n):
            heapq.heappush(self.events, Event(t, "arrive", c))
        while self.events:
            ev = heapq.heappop(self.events); self.now = ev.time
            getattr(self, "on_" + ev.kind)(ev.data)
        return self
    def on_arrive(self, c):
        self.queue.append(c); self.log.append((round(self.now, 2), "arrive", c.name)); self.try_start()
    def try_start(self):
        while self.free and self.queue:
            c = self.queue.popleft(); self.free -= 1; c.start = self.now
            self.schedule(MENU[c.order] * self.rng.uniform(0.8, 1.2), "finish", c)
    def on_finish(self, c):
        c.done = self.now; self.free += 1; self.served.append(c)
        self.log.append((round(self.now, 2), "finish", c.name)); self.try_start()

shop = Shop(baristas=2, seed=42).run(25)
waits = [c.wait for c in shop.served]
mean = sum(waits) / len(waits)
sd = math.sqrt(sum((w - mean) ** 2 for w in waits) / (len(waits) - 1))
print(f"served {len(shop.served)} customers, end time {shop.now:.3f}")
print(f"wait mean={mean:.4f} sd={sd:.4f} max={max(waits):.4f} min={min(waits):.4f}")
print("orders:", Counter(c.order for c in shop.served).most_common())
print("longest waits:", sorted(shop.served, key=lambda c: -c.wait)[:3])
for entry in shop.log[:8]: print("  %-6.2f %-7s %s" % entry)
busy = sum(c.done - c.start for c in shop.served)
print(f"utilisation {busy / (2 * shop.now):.1%}")
buckets = Counter(int(c.arrival // 5) * 5 for c in shop.served)
for b in sorted(buckets): print(f"{b:>3}-{b + 5:<3} {'#' * buckets[b]}")
