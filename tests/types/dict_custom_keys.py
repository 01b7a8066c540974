# User-defined keys with __hash__/__eq__, hash collisions and mutation.
class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%s)' % self.name
d = {}
for i, n in enumerate('abcdefgh'):
    d[Key(n, 42)] = i
print(len(d), d[Key('e', 42)], Key('z', 42) in d, list(d)[:3])
del d[Key('c', 42)]
print(len(d), Key('c', 42) in d, d.get(Key('h', 42)))
d[Key('c', 42)] = 'back'
print(list(d.values()))
class Eq:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o):
        Eq.calls += 1
        return self.v == o.v
e = Eq(1)
m = {e: 'x'}
print(m[e], Eq.calls)
print(m[Eq(1)], Eq.calls)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'a', 0.0: 'b', False: 'c', -0.0: 'd'})
print({(1, 2): 'tuple', (1.0, 2.0): 'float tuple'})
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print('TypeError', e)
class HashOnly:
    def __hash__(self): return 1
h1, h2 = HashOnly(), HashOnly()
print(len({h1, h2, h1}), len({h1: 1, h2: 2}))
