# seek/tell on files.
path = '/tmp/weft_test_open_seek.bin'
with open(path, 'wb') as f:
    f.write(b'0123456789abcdef')
    print(f.tell())
with open(path, 'rb') as f:
    print(f.tell(), f.read(4), f.tell())
    f.seek(10)
    print(f.read(3), f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(1), f.seek(0), f.read(2))
with open(path, 'r+b') as f:
    f.seek(4)
    f.write(b'XY')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    f.seek(6)
    print(f.read(3), f.tell())
