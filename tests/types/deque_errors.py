# collections.deque: every error message, as CPython words it.
from collections import deque


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)


t('pop', lambda: deque().pop())
t('popleft', lambda: deque().popleft())
t('index', lambda: deque([1, 2]).index(3))
t('index-range', lambda: deque([1, 2, 3]).index(1, 1))
t('index-none', lambda: deque([1]).index(1, None))
t('index-0args', lambda: deque().index())
t('index-4args', lambda: deque().index(1, 2, 3, 4))
t('remove', lambda: deque([1]).remove('x'))
t('insert-full', lambda: deque([1, 2], maxlen=2).insert(0, 3))
t('insert-args', lambda: deque().insert(1))
t('insert-type', lambda: deque().insert('a', 1))
t('getitem', lambda: deque([1])[1])
t('getitem-neg', lambda: deque([1])[-2])
t('getitem-empty', lambda: deque()[0])
t('getitem-slice', lambda: deque([1, 2])[0:1])
t('getitem-str', lambda: deque([1])['0'])
t('getitem-huge', lambda: deque([1])[2 ** 70])


def setitem(d, k, v):
    d[k] = v


def delitem(d, k):
    del d[k]


t('setitem', lambda: setitem(deque([1]), 1, 0))
t('setitem-slice', lambda: setitem(deque([1]), slice(0, 1), 0))
t('delitem', lambda: delitem(deque([1]), -2))
t('delitem-slice', lambda: delitem(deque([1]), slice(None)))
t('maxlen-type', lambda: deque([], 'a'))
t('maxlen-float', lambda: deque([], 2.0))
t('maxlen-neg', lambda: deque([], -1))
t('maxlen-huge', lambda: deque([], 2 ** 70))
t('init-3args', lambda: deque(1, 2, 3))
t('init-badkw', lambda: deque(foo=1))
t('init-dupkw', lambda: deque([], iterable=[]))
t('init-noniter', lambda: deque(1))
t('maxlen-set', lambda: setattr(deque(), 'maxlen', 3))
t('attr', lambda: setattr(deque(), 'x', 3))
t('hash', lambda: hash(deque()))
t('add-list', lambda: deque() + [1])
t('add-int', lambda: 1 + deque())
t('mul-str', lambda: deque() * 'a')
t('mul-float', lambda: deque([1]) * 2.5)
t('mul-deque', lambda: deque([1]) * deque())
t('mul-huge', lambda: deque([1]) * 2 ** 70)
t('iadd-int', lambda: deque().__iadd__(1))
t('lt-list', lambda: deque() < [1])
t('rotate-type', lambda: deque().rotate('a'))
t('rotate-2args', lambda: deque().rotate(1, 2))
t('rotate-kw', lambda: deque().rotate(n=2))
t('rotate-huge', lambda: deque().rotate(2 ** 70))
t('append-0', lambda: deque().append())
t('append-2', lambda: deque().append(1, 2))
t('append-kw', lambda: deque().append(x=1))
t('extend-0', lambda: deque().extend())
t('extend-int', lambda: deque().extend(5))
t('extendleft-int', lambda: deque().extendleft(None))
t('pop-arg', lambda: deque().pop(1))
t('count-0', lambda: deque().count())
t('clear-arg', lambda: deque().clear(1))
t('len-iter', lambda: len(iter(deque())))

# mutation during iteration
for name, op in [('append', lambda d: d.append(9)), ('pop', lambda d: d.pop()),
                 ('rotate', lambda d: d.rotate(1)), ('clear', lambda d: d.clear()),
                 ('insert', lambda d: d.insert(1, 0)), ('del', lambda d: d.__delitem__(0)),
                 ('setitem', lambda d: d.__setitem__(0, 7)), ('reverse', lambda d: d.reverse()),
                 ('extend-empty', lambda d: d.extend([]))]:
    d = deque(range(4))
    it = iter(d)
    next(it)
    op(d)
    t('mutate-' + name, lambda: list(it))
d = deque([1, 2])
it = iter(d)
list(it)
d.append(3)
t('mutate-after-end', lambda: next(it))


class Mutator:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for name in ['count', 'index', 'remove', 'contains']:
    d = deque([1, 2, 3])
    m = Mutator(d)
    f = {'count': lambda: d.count(m), 'index': lambda: d.index(m),
         'remove': lambda: d.remove(m), 'contains': lambda: m in d}[name]
    t('eq-mutates-' + name, f)


class Boom:
    def __eq__(self, other):
        raise KeyError('boom')


t('eq-raises', lambda: deque([1]).count(Boom()))
t('eq-raises-cmp', lambda: deque([Boom()]) == deque([1]))
