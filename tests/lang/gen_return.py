# Generator return values via StopIteration.value.
def g():
    yield 1
    return 'result'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value:', e.value, e.args)
def no_ret():
    yield 1
it = no_ret()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value:', e.value)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value)
def inner():
    yield 'a'
    return 'inner-result'
def outer():
    r = yield from inner()
    yield 'outer got ' + r
print(list(outer()))
def raises_stop():
    yield 1
    raise StopIteration('explicit')
try:
    list(raises_stop())
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', repr(e.__cause__))
print(StopIteration(5).value, StopIteration().value)
