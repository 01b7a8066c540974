class re:
    @staticmethod
    def sub(p, r, s):
        import sys
        out = []
        i = 0
        while i < len(s):
            if s.startswith("0x", i):
                j = i + 2
                while j < len(s) and s[j] in "0123456789abcdef": j += 1
                out.append(r); i = j
            else:
                out.append(s[i]); i += 1
        return "".join(out)
def f():
    def g(): pass
    class L:
        def m(self): return (lambda: 0)
    return g, L, L().m(), (x for x in [])
g, L, lam, ge = f()
print(g.__qualname__, L.__qualname__, L.m.__qualname__, lam.__qualname__, ge.__qualname__, ge.__name__)
print(re.sub('0x[0-9a-f]+', 'X', repr(g)), re.sub('0x[0-9a-f]+', 'X', repr(ge)))
print(re.sub('0x[0-9a-f]+', 'X', repr(L().m)))
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount, f.__name__, f.__module__)
def h(a, b=1, *c, d, **e):
    x = 1
    def inner(): return x
    return inner
print(h.__code__.co_varnames, h.__code__.co_argcount, h.__code__.co_kwonlyargcount, h.__code__.co_cellvars)
print(h(1, d=2).__code__.co_freevars, h(1, d=2).__closure__[0].cell_contents)
print([c for c in [1]] and type(f.__code__).__name__)
print(L.m.__doc__, f.__defaults__, h.__defaults__, h.__kwdefaults__)
