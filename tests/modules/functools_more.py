import functools, string
t = string.Template('$a and ${b}c $$ $x')
print(t.safe_substitute(a=1, b=2))
try: string.Template('bad $ here').substitute()
except ValueError as e: print(e)
try: t.substitute(a=1)
except KeyError as e: print('KeyError', e)
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info())
p = functools.partial(max, 3)
print(p(1, 7), p.func is max)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
try: functools.reduce(lambda a, b: a, [])
except TypeError as e: print(e)
class C:
    @functools.cached_property
    def v(self):
        print('computing'); return 42
c = C(); print(c.v, c.v)
