class S(str):
    def __str__(self): return 'S!' + self
    def __repr__(self): return 'S(%s)' % str.__repr__(self)
    def __format__(self, spec): return 'F[' + str.__format__(self, spec) + ']'
s = S('ab')
print(s, str(s), repr(s), format(s, '>4'), f'{s}', '{0!s} {0!r} {0:^6}'.format(s), '%s %r' % (s, s))
print(str.__str__(s), type(str.__str__(s)).__name__, s.upper(), s + 'c', type(s * 2).__name__)
class U(str):
    def upper(self): return 'overridden'
print(U('x').upper(), str.upper(U('x')), U('x') == 'x', 'x' in {U('x'): 1})
class E(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(E('a') == 'zzz', 'zzz' == E('a'), E('a') != 'a')
class R(str):
    def __radd__(self, o): return 'radd'
    def __rmod__(self, o): return 'rmod'
print('x' + R('y'), 'x%s' % R('y'))
class N(str):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v * extra)
        o.extra = extra
        return o
n = N('ab', 2)
print(n, n.extra, len(n), n[1:], isinstance(n, str))
print(str(b'x', 'ascii'), str(bytearray(b'y'), 'utf-8'))
print(sorted([S('b'), 'a', S('c')]), max('abc', 'abd'), min(['zz', S('aa')]))
import sys
print(sys.intern('hello world') is sys.intern('hello ' + 'world'))
