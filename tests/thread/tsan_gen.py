# Generators, generator expressions, comprehensions and closures created and
# run in each thread at once (each generator owns its frame); send/throw/
# close; a shared generator *function* and shared closure factory.
import threading

N = 4
ROUNDS = 300


def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def chain(*gens):
    for g in gens:
        yield from g


def make_adder(k):
    def add(x):
        return x + k
    return add


def guarded():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught"
    finally:
        pass


def worker(idx, out, barrier):
    barrier.wait()
    s = 0
    sent = 0
    thrown = 0
    for r in range(ROUNDS):
        g = counter(10)
        next(g)
        try:
            while True:
                g.send(1)
        except StopIteration as e:
            sent += e.value
        s += sum(chain(range(3), (x * x for x in range(4)), counter(5)))
        s += sum([make_adder(r)(i) for i in range(3)])
        h = guarded()
        next(h)
        if h.throw(KeyError) == "caught":
            thrown += 1
        h.close()
        s += len({i: i for i in range(5)})
    out[idx] = (s, sent, thrown)


def inner(n):
    for i in range(n):
        yield i


def outer(n):
    yield from inner(n)
    yield from inner(n)


def consumer(g, res):
    total = 0
    busy = 0
    while True:
        try:
            total += next(g)
        except StopIteration:
            break
        except ValueError:
            busy += 1                          # another thread resumed it
    res["total"] = total
    res["busy"] = busy


def prober(g, stop, res):
    seen = 0
    while not stop.is_set():
        g.gi_running
        g.gi_suspended
        if g.gi_yieldfrom is not None:
            seen += 1
        repr(g)
    res["probed"] = True


def shared_generator():
    # one thread consumes a delegating generator while another inspects it:
    # inspection never makes next() fail, and every item arrives once
    g = outer(3000)
    res = {}
    stop = threading.Event()
    c = threading.Thread(target=consumer, args=(g, res))
    p = threading.Thread(target=prober, args=(g, stop, res))
    p.start()
    c.start()
    c.join()
    stop.set()
    p.join()
    g.close()
    print("shared", res["total"], 2 * sum(range(3000)), res["busy"], res["probed"], g.gi_suspended)


def main():
    shared_generator()
    out = [None] * N
    barrier = threading.Barrier(N)
    ts = [threading.Thread(target=worker, args=(i, out, barrier)) for i in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(set(out)), out[0])


main()
