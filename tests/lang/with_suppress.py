# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print('suppressing', t.__name__, v)
            return True
        return False
with Suppress(ValueError):
    raise ValueError('gone')
print('continued after suppressed ValueError')
try:
    with Suppress(ValueError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('propagated', e)
def f():
    with Suppress(ZeroDivisionError):
        1 / 0
        return 'not reached'
    return 'after with'
print(f())
with Suppress(KeyError), Suppress(IndexError):
    [][1]
print('inner manager suppressed IndexError')
with Suppress(KeyError), Suppress(IndexError):
    {}['k']
print('outer manager suppressed KeyError')
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'non-empty string is truthy'
with Truthy():
    raise RuntimeError
print('suppressed by truthy return value')
class Replace:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        if t:
            raise RuntimeError('replaced') from v
try:
    with Replace():
        raise ValueError('original')
except RuntimeError as e:
    print(e, repr(e.__cause__))
class Record:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.seen = (t, v)
        return True
with Record() as r:
    pass
print(r.seen)
with Record() as r:
    raise OSError(2, 'oops')
print(r.seen[0].__name__, r.seen[1].args)
