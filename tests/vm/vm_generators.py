# generators: send/throw/close, yield from delegation, genexprs, state
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print('exit with', received)
        raise
g = echo()
print(next(g), g.send('a'), g.send('b'))
g.close()
print(g.gi_running, g.gi_suspended if hasattr(g, 'gi_suspended') else False)
def gen_in_gen():
    yield from (i * i for i in range(3))
    yield from [10, 11]
    x = yield from inner_ret()
    yield x
def inner_ret():
    yield 'i'
    return 'ret'
print(list(gen_in_gen()))
def thrower():
    try:
        yield 1
    except ValueError:
        return 'handled'
t = thrower()
next(t)
try:
    t.throw(ValueError)
except StopIteration as e:
    print('stop', e.value)
def never():
    yield 1
n = never()
try:
    n.throw(KeyError('k'))
except KeyError as e:
    print('unstarted throw', e)
print(next(n, 'exhausted'))
def running():
    yield r.gi_running
r = running()
print(next(r))
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
try:
    echo().send(1)
except TypeError as e:
    print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in ['a', 'bbb', 'cc']))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
def stopper():
    yield 1
    raise StopIteration('bad')
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
gen = (i for i in range(3))
print(gen.__name__, type(gen).__name__, iter(gen) is gen)
def with_gen():
    class C:
        def __enter__(s): print('enter'); return s
        def __exit__(s, *a): print('exit', a[0]); return True
    with C():
        yield 1
        raise ValueError
    yield 2
print(list(with_gen()))
def exc_in_gen():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 1
        import sys
        print('exc_info in gen', sys.exc_info()[0].__name__)
    yield 2
import sys
eg = exc_in_gen()
next(eg)
print('outside', sys.exc_info())
next(eg)
def yf_close():
    try:
        yield from sub_close()
    finally:
        print('outer finally')
def sub_close():
    try:
        yield 1
    finally:
        print('sub finally')
c = yf_close()
next(c)
c.close()
print([(i, j) for i in range(3) for j in range(i)], {k: v for k, v in zip('ab', 'cd')}, {c for c in 'aab'} == {'a', 'b'})
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
