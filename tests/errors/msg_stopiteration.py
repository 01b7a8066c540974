# StopIteration behaviour and messages.
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
def g():
    yield 1
    return 'ret'
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(repr(e), e.value)
try:
    next(gen)
except StopIteration as e:
    print('exhausted again', repr(e))
def leaks():
    yield next(iter([]))
try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(next(iter([]), 'default'))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done counting')
        return self.n
c = Counter()
print(list(c))
try:
    next(c)
except StopIteration as e:
    print(e)
print(StopIteration('v').value, StopIteration(1, 2).value, StopIteration().value)
