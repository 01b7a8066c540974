# generator.throw() and generator.close().
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('finally')
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
try:
    next(gen)
except StopIteration:
    print('stopped')
gen = g()
next(gen)
try:
    gen.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
gen = g()
next(gen)
gen.close()
print('closed')
gen.close()
try:
    next(gen)
except StopIteration:
    print('closed gen stops')
def never_started():
    print('never printed')
    yield
ns = never_started()
ns.close()
print('closed unstarted')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        yield 'no!'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('exiting cleanly')
        return
r = returns_on_exit()
next(r)
r.close()
def t():
    yield 1
tg = t()
try:
    tg.throw(ValueError, ValueError('unstarted'))
except ValueError as e:
    print('unstarted throw', e)
