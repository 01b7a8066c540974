# bytes construction, indexing, slicing, iteration, comparisons.
b = b'hello'
print(b, b[0], b[-1], b[1:3], b[::-1], b[::2], list(b), len(b))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), bytes(b'copy'))
print(bytes(bytearray(b'ba')), bytes(), bytes([]), bytes((255, 0)))
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    bytes('str')
except TypeError as e:
    print('TypeError', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError', e)
print(b'a' + b'b', b'ab' * 3, 2 * b'x', b'' * 5, b'abc' == b'abc', b'abc' < b'abd', b'b' > b'abc')
print(b'ell' in b, 104 in b, 200 in b, b'' in b)
print([x for x in b'AZ'], type(b[0]).__name__, type(b[0:1]).__name__)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
print(b == 'hello', b'x' == bytearray(b'x'), hash(b'abc') == hash(b'abc'))
print(b'\x00\x01'.__len__(), bytes.fromhex('48 65 6c'), max(b'abc'), sum(b'\x01\x02'))
try:
    b[10]
except IndexError as e:
    print('IndexError', e)
print(bytes(memoryview(b'mv')) if False else b'mv', b'%d' % 5)
