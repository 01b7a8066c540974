# Error types and messages of container operations (CPython 3.11 wording).
def tryit(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tryit(lambda: [1][5])
tryit(lambda: (1,)[2])
tryit(lambda: range(3)[3])
tryit(lambda: [].pop())
tryit(lambda: [1].pop(5))
tryit(lambda: [1].remove(2))
tryit(lambda: [1].index(2))
tryit(lambda: (1,).index(2))
tryit(lambda: range(3).index(7))
tryit(lambda: {}['k'])
tryit(lambda: {}.popitem())
tryit(lambda: set().pop())
tryit(lambda: {1}.remove(2))
tryit(lambda: [1] + (2,))
tryit(lambda: (1,) + [2])
tryit(lambda: [1] * 'a')
tryit(lambda: (1,) * 2.0)
tryit(lambda: {[1]: 2})
tryit(lambda: {[1]})
tryit(lambda: hash([]))
tryit(lambda: hash({}))
tryit(lambda: hash(set()))
tryit(lambda: hash(slice(1)))
tryit(lambda: range(1, 2, 0))
tryit(lambda: range(1.5))
tryit(lambda: range(1, 2, 3, 4))
tryit(lambda: list(zip([1], [1, 2], strict=True)))
tryit(lambda: list(zip([1, 2], [1], strict=True)))
tryit(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
tryit(lambda: dict([(1, 2, 3)]))
tryit(lambda: dict([1]))
tryit(lambda: dict(1, 2))
tryit(lambda: list(1, 2))
tryit(lambda: tuple(1))
tryit(lambda: reversed({1}))
tryit(lambda: list(reversed({1: 2, 3: 4})))
tryit(lambda: map(str))
tryit(lambda: filter(None))
tryit(lambda: [1, 2, 3].sort(key=lambda x: 1 / 0))
tryit(lambda: sorted([1, 'a']))
tryit(lambda: slice(1, 2, 0).indices(5))
tryit(lambda: [1, 2][::0])
tryit(lambda: [1, 2]['a':])
def ext():
    x = [1, 2, 3]
    x[::2] = [1]
tryit(ext)
def grow():
    d = {1: 2, 3: 4}
    for k in d:
        d[k + 10] = 1
tryit(grow)
def shrink():
    d = {1: 2, 3: 4}
    for k in d:
        del d[k]
tryit(shrink)
def setgrow():
    s = {1, 2}
    for k in s:
        s.add(k + 10)
tryit(setgrow)
def sortmut():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
    return l
tryit(sortmut)
def sortseen():
    l = [3, 1, 2]
    seen = []
    def key(x):
        seen.append(len(l))
        return x
    l.sort(key=key)
    return l, seen
tryit(sortseen)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()[4], D(a=1), D(a=1).get('b'))
tryit(lambda: D(a=1)['a'])
