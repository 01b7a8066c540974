# Many closures, bound methods and generators created and discarded.
def make_adder(n):
    def add(x):
        return x + n
    return add
total = 0
for i in range(300000):
    total += make_adder(i)(1)
print(total)
class Counter:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
s = 0
for i in range(300000):
    m = Counter(i).get
    s += m()
print(s)
def gen(n):
    for i in range(n):
        yield i
g_total = 0
for i in range(100000):
    g_total += sum(gen(3))
print(g_total)
lam_total = sum((lambda k=i: k * 2)() for i in range(200000))
print(lam_total)
