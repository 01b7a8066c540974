# open() in binary modes.
path = '/tmp/weft_test_open_binary.bin'
with open(path, 'wb') as f:
    print(f.write(bytes(range(256))))
    print(f.write(b'\r\n\x00end'))
with open(path, 'rb') as f:
    data = f.read()
print(len(data), data[:5], data[250:], type(data).__name__)
with open(path, 'rb') as f:
    print(f.read(4), f.read(2), len(f.read()), f.read())
with open(path, 'wb') as f:
    f.write(bytearray(b'from bytearray'))
    f.write('é'.encode('utf-8'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as f:
    print(f.readline(), f.readlines())
try:
    with open(path, 'wb') as f:
        f.write('text in binary mode')
except TypeError as e:
    print('TypeError', e)
try:
    with open(path, 'w') as f:
        f.write(b'bytes in text mode')
except TypeError as e:
    print('TypeError', e)
with open(path, 'rb') as f:
    print(f.read())
