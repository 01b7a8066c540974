# Closures sharing cells; closures outliving their frames.
def pair():
    shared = [0]
    val = 0
    def setter(v):
        nonlocal val
        val = v
    def getter():
        return val
    return setter, getter
s, g = pair()
s(5)
print(g())
s(7)
print(g())
def make_bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return 'insufficient'
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = make_bank(100)
print(dep(50), wd(30), wd(500), dep(0))
dep2, wd2 = make_bank(0)
print(dep2(1), dep(0))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), sorted(slow_sq.cache.items()))
def counter_gen():
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return n
    return nxt
c1, c2 = counter_gen(), counter_gen()
print(c1(), c1(), c1(), c2())
def cell_in_loop():
    out = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        out.append(f())
    return [h() for h in out]
print(cell_in_loop())
def param_cell(x):
    def get():
        return x
    x += 1
    return get()
print(param_cell(1))
