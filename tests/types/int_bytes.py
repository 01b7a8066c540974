# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes(1, 'big'), (0).to_bytes(3, 'big'), (1).to_bytes(4, 'little'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 70).to_bytes(9, 'big'))
print((65).to_bytes(), (258).to_bytes(2))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(b'\x01' * 20, 'big'))
print(int.from_bytes(b'\x80'), int.from_bytes(b'\x80', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
for n in (0, 1, 127, 128, 255, 256, -128, -129, 2 ** 31, -(2 ** 31), 10 ** 20):
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, 'big', signed=True)
    print(n, b.hex(), int.from_bytes(b, 'big', signed=True) == n)
