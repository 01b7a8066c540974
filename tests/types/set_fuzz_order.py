# Set algebra results on int sets (random programs from a fixed LCG) must
# iterate in exactly CPython 3.11's order.
class R:
    def __init__(self, s): self.s = s
    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.s >> 33
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        return a + self.next() % (b - a)
    def choice(self, xs): return xs[self.next() % len(xs)]
random = R(11)
def rs():
    n = random.choice([0, 1, 3, 5, 8, 20, 60, 200])
    mul = random.choice([1, 1, 7, 64, 1000003, -1])
    return [random.randrange(-300, 300) * mul for _ in range(n)]
out = []
for t in range(400):
    a = set(rs()); b = set(rs())
    for x in rs()[:10]: a.discard(x)
    op = random.randrange(16)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8: r = a.union(rs(), b)
    elif op == 9: r = a.intersection(rs() + list(a)[:5])
    elif op == 10: r = a.difference(rs(), list(b))
    elif op == 11: r = a.symmetric_difference(rs())
    elif op == 12: a.update(rs(), b); r = a
    elif op == 13: a.difference_update(list(b)); r = a
    elif op == 14: r = frozenset(a) | frozenset(rs())
    else:
        r = set(a)
        for _ in range(min(3, len(r))): r.pop()
    out.append(repr(r))
    out.append(repr(dict.fromkeys(r)))
print('\n'.join(out))
