import sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', str(r)[:40], flush=True)
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:80], flush=True)
def rec(n): return rec(n + 1)
t('rec', lambda: rec(0))
l = []; l.append(l); t('reclist', lambda: repr(l))
d = {}; d['d'] = d; t('recdict', lambda: repr(d))
t('bigpow', lambda: len(str(2 ** 100000)) if False else (2 ** 100000).bit_length())
t('listmul', lambda: len([0] * (2 ** 62)))
t('bigshift', lambda: 1 << (2 ** 62))
t('deepnest', lambda: eval('(' * 200 + '1' + ')' * 200))
t('deepnest2', lambda: eval('[' * 5000 + ']' * 5000))
t('deeplist', lambda: len(repr(eval('[' * 100 + ']' * 100))))
a = []
for i in range(100000): a = [a]
t('deeprepr', lambda: len(repr(a)))
t('deepeq', lambda: a == a[0])
t('bytes', lambda: bytes(-1))
t('range', lambda: range(0, 10, 0))
t('intstr', lambda: int('1' * 5000))
t('floatstr', lambda: float('1e400'))
t('div0', lambda: 1 % 0)
t('hashlist', lambda: {[]: 1})
t('gen', lambda: next(x for x in []))
def g():
    yield from g()
t('genrec', lambda: list(g()))
class B:
    def __repr__(self): return repr(self)
t('repr_rec', lambda: repr(B()))
t('setrec', lambda: sys.setrecursionlimit(50) or rec(0))
sys.setrecursionlimit(1000)
t('exec', lambda: exec('x = (yield)'))
t('compile', lambda: compile('a b', 'f', 'exec'))
t('nullbyte', lambda: eval('1\x00'))
print('end')
