def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 1
    z = yield from other()
    yield from (a for a in b)
    w = (yield)
    await_ = (yield x)
    print((yield))
    v = yield *a, b
    return (yield from g())
def g2():
    for x in range(3):
        yield x
lam = lambda: (yield 1)
