# generator.send(): coroutine-style generators.
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield 'final %d' % total
acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10), acc.send(-3))
print(acc.send(None))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('echo closing with', received)
e = echo()
next(e)
print(e.send('a'), e.send('b'))
e.close()
def gen():
    yield 1
g = gen()
try:
    g.send('not none')
except TypeError as ex:
    print(ex)
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print(a.send(v))
def running():
    x = yield
    while True:
        x = yield x * 2
r = running()
next(r)
print([r.send(i) for i in range(5)])
