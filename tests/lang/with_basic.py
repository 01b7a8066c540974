# The with statement and the context manager protocol.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('body without as')
try:
    with CM('c') as v:
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)
def func():
    with CM('ret'):
        return 'returned'
print(func())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print('exit args', args)
with Self() as s:
    print(type(s).__name__)
with CM('t') as (x):
    print(x)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (p, q):
    print(p, q)
class NS: pass
ns = NS()
with CM('attr') as ns.value:
    pass
print(ns.value)
try:
    with 42:
        pass
except TypeError as e:
    print('TypeError', e)
