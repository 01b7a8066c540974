# yield from forwards send(), throw() and close() to the subgenerator.
def inner():
    got = []
    try:
        while True:
            x = yield 'inner ready %d' % len(got)
            if x == 'stop':
                return got
            got.append(x)
    except ValueError as e:
        print('inner caught', e)
        yield 'after error'
        return ['error']
    finally:
        print('inner finally')
def outer():
    res = yield from inner()
    print('outer got', res)
    yield 'outer continues'
g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send('stop'))
g2 = outer()
next(g2)
g2.send('a')
print(g2.throw(ValueError('bad')))
print(next(g2))
g3 = outer()
next(g3)
g3.close()
print('g3 closed')
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
def over_plain():
    r = yield from Iter()
    yield ('result', r)
print(list(over_plain()))
def unhandled():
    yield 1
def deleg():
    try:
        yield from unhandled()
    except KeyError:
        yield 'outer handled KeyError'
d = deleg()
next(d)
print(d.throw(KeyError('x')))
