b = bytearray(b'hello')
b.append(33); print(b)
b.extend(b' world'); print(b)
b.extend([65, 66]); print(b)
b.extend(x for x in (67,)); print(b)
b.insert(0, 62); b.insert(-1, 60); b.insert(100, 63); print(b)
print(b.pop(), b.pop(0), b.pop(-2)); print(b)
b.remove(108); print(b)
b.reverse(); print(b)
b[0] = 120; b[-1] = 121; print(b)
b[1:3] = b'XYZW'; print(b)
b[::2] = b'_' * len(b[::2]); print(b)
del b[0]; print(b)
del b[::3]; print(b)
del b[1:4]; print(b)
b[2:2] = [1, 2, 3]; print(b)
b[:] = b'reset'; print(b)
b += b'!!'; print(b)
b *= 2; print(b)
c = b.copy(); c.clear(); print(b, c, len(c))
x = b; x += bytearray(b'?'); print(x is b, b)
print(b[::-1], b[1:4], type(b[1:4]).__name__)
b2 = bytearray(b'abc'); b2[0:1] = b2; print(b2)
b3 = bytearray(b'abcdef'); del b3[::-2]; print(b3)
b4 = bytearray(b'abcdef'); b4[::-2] = b'XYZ'; print(b4)
for e in ['b.pop(100)', 'bytearray().pop()', 'b.remove(200)', 'b.append(256)', 'b.append("a")', 'b.extend(1)', 'b.insert(0)',
          'b.__setitem__(100, 1)', 'b.__setitem__(0, 256)', 'b.__setitem__(slice(0,1), 5)', 'b.__setitem__(slice(0,4,2), b"x")',
          'b.__delitem__(100)', 'b.__iadd__("x")', 'b.__setitem__("a", 1)', 'hash(b)', 'bytearray(b"a") * -1',
          'bytearray(b"ab").upper()', 'bytearray(b"a b").split()', 'b.extend("ab")', 'b.extend("")']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
class MB(bytearray): pass
class MS(str): pass
class MBy(bytes): pass
m = MB(b'xy'); m.attr = 1
print(repr(m), m.attr, m + b'z', type(m + b'z').__name__)
s = MS('hello'); s.q = 5
print(s, repr(s), s.q, type(s).__name__, s.upper(), type(s.upper()).__name__, s == 'hello', hash(s) == hash('hello'), {s: 1}['hello'])
print(MBy(b'ab'), type(MBy(b'ab')).__name__, MBy([1]))
print(str.__new__(MS, 'zz'), type(str.__new__(MS, 'zz')).__name__)
print(type(str(s)).__name__, str(s), s + 'x', type(s + 'x').__name__, s[1:], type(s[1:]).__name__)
print('%s' % s, '{}'.format(s), f'{s:>7}')
try:
    b *= 'x'
except TypeError as e:
    print('TypeError', e)
