# chr() and ord()
print(chr(65), chr(97), chr(48), chr(233), chr(0x4e2d), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord('A'), ord('a'), ord('0'), ord('é'), ord('中'), ord('🙂'), ord('\n'), ord(b'A'), ord(bytearray(b'z')))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) for c in 'Az'])
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ('', 'ab', b'ab'):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    chr('a')
except TypeError as e:
    print('TypeError', e)
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
