# bytearray mutation methods.
ba = bytearray(b'hello')
ba[0] = 72
print(ba, ba[0])
ba.append(33)
print(ba)
ba.extend(b' world')
ba.extend([33, 33])
print(ba)
ba.insert(0, 62)
ba.insert(-1, 63)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print(ba)
ba.reverse()
print(ba)
ba[1:4] = b'XYZW'
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
del ba[0]
del ba[-3:]
del ba[::3]
print(ba)
ba[2:2] = b'ins'
print(ba, len(ba))
ba += b'++'
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba))
ba = bytearray(b'abc')
c = ba.copy()
c[0] = 0
print(ba, c)
for bad in (lambda: ba.append(256), lambda: ba.remove(120), lambda: ba.pop(10), lambda: bytearray().pop()):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    ba[0] = b'x'
except TypeError as e:
    print('TypeError', e)
try:
    ba[::2] = b'toolong'
except ValueError as e:
    print('ValueError', e)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') * 3)
print(bytearray(b'xyz').upper(), bytearray(b'a,b').split(b','), bytearray(b' x ').strip())
ba = bytearray(b'abc')
ba[1] -= 1
ba[2] += 1
print(ba, ba == b'aad', ba + b'!', b'!' + ba, type(b'!' + ba).__name__)
try:
    hash(ba)
except TypeError as e:
    print('TypeError', e)
