# Evaluation order of expressions, arguments, subscripts and assignments.
log = []
def t(x, value=None):
    log.append(x)
    return x if value is None else value
def show(label):
    print(label, log)
    log.clear()
t(1) + t(2) * t(3)
show('binary')
t(1) ** t(2) ** t(3)
show('power')
{t('k1'): t('v1'), t('k2'): t('v2')}
show('dict display')
[t(1), t(2)][t(0)]
show('subscript')
def f(*a, **k):
    return None
f(t('a'), t('b'), c=t('c'), *[t('star')], **{'d': t('dd')})
show('call args')
t('target', [1, 2])[t(0)] = t('rhs')
show('item assignment')
class O: pass
o = O()
t('obj', o).attr = t('attr-rhs')
show('attr assignment')
t(1) < t(2) < t(3)
show('chained compare')
t(0) and t('never')
show('and short-circuit')
t('a') if t(True) else t('b')
show('ternary')
x = [t(i) for i in range(3)]
show('comprehension')
a, b = t('first'), t('second')
show('tuple assign')
f(t('func-arg'))(t) if False else None
show('nothing')
d = {}
d[t('key')] = t('value')
show('dict store')
t('s')[t(0):t(1)]
show('slice')
