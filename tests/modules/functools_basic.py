# functools basics (outside the core scope; may start as a known failure).
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print(add3(5), add3(b=0), add3.args, add3.keywords)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def documented():
    "The doc."
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
