# Decorators with arguments (decorator factories).
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('you'))
def tag(name, **attrs):
    def deco(fn):
        def wrapper(text):
            a = ''.join(' %s="%s"' % (k, v) for k, v in attrs.items())
            return '<%s%s>%s</%s>' % (name, a, fn(text), name)
        return wrapper
    return deco
@tag('b')
@tag('a', href='#', cls='x')
def link(t):
    return t.strip()
print(link('  click  '))
def default_arg(value=0):
    def deco(fn):
        fn.value = value
        return fn
    return deco
@default_arg()
def f1(): pass
@default_arg(value=7)
def f2(): pass
print(f1.value, f2.value)
class Memo:
    def __init__(self, limit):
        self.limit = limit
    def __call__(self, fn):
        cache = {}
        def wrapper(n):
            if n not in cache:
                if len(cache) >= self.limit:
                    cache.clear()
                cache[n] = fn(n)
            return cache[n]
        wrapper.cache = cache
        return wrapper
@Memo(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg %r' % (a,))
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def pair(n, s):
    return s * n
print(pair(2, 'ab'))
try:
    pair('x', 'y')
except TypeError as e:
    print(e)
