# TypeError messages: subscripting, calling, iterating, item assignment.
five, none, fl, s, lst, tup, fn = 5, None, 1.5, 'abc', [1], (1, 2), (lambda: 0)
cases = [
    lambda: five[0], lambda: none[0], lambda: fn[0], lambda: fl['x'], lambda: len[0],
    lambda: none(), lambda: five(), lambda: s(), lambda: lst(), lambda: tup(),
    lambda: iter(five), lambda: list(none), lambda: [x for x in fl], lambda: tuple(len),
    lambda: s['x'], lambda: lst['a'], lambda: tup[1.5], lambda: s[None], lambda: {}[[]],
    lambda: len(none), lambda: len(five), lambda: next(s),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
for o in ('str', (1,), 5, None, frozenset(), range(3), b'b'):
    try:
        setitem(o, 0, 1)
    except TypeError as e:
        print(e)
    try:
        delitem(o, 0)
    except TypeError as e:
        print(e)
try:
    a, b = None
except TypeError as e:
    print(e)
try:
    for x in 7:
        pass
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
