# Container and callable protocols via dunder methods.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice(%r, %r, %r)' % (i.start, i.stop, i.step)
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i
    def __contains__(self, x):
        return x == 'magic'
s = Seq(5)
print(len(s), s[2], s[-1], s[1:3], s[::2], s[:])
print(list(s), 'magic' in s, 4 in s, list(reversed(s)))
class Store:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __getitem__(self, k):
        return self.d[k]
st = Store()
st['a'] = 1
st[1, 2] = 'tuple key'
print(st[1, 2])
del st['a']
print(st.d)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0):
        return self.n + x + sum(rest) + k
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, k=100), callable(add5))
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Flag(True)), bool(Flag(False)), 'yes' if Flag(True) else 'no')
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): 'one'}
print(d[Key(1)], Key(1) in d, Key(2) in d, len({Key(1), Key(1), Key(2)}))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abcd'[Idx():], bin(Idx()), range(10)[Idx()])
class Conv:
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __str__(self): return 'Conv-str'
    def __format__(self, spec): return 'fmt[' + spec + ']'
print(int(Conv()), float(Conv()), str(Conv()), format(Conv(), '>3'), '{:x}'.format(Conv()))
class Neg:
    def __neg__(self): return 'negated'
    def __abs__(self): return 'absolute'
    def __round__(self, n=None): return 'rounded %r' % (n,)
print(-Neg(), abs(Neg()), round(Neg()), round(Neg(), 2))
