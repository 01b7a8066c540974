# open(): write then read a text file.
path = '/tmp/weft_test_open_text.txt'
f = open(path, 'w')
n = f.write('hello\n')
n2 = f.write('second line\nthird')
f.close()
print(n, n2, f.closed)
f = open(path)
data = f.read()
f.close()
print(repr(data), len(data))
f = open(path, 'r')
print(repr(f.read(3)), repr(f.read(4)), repr(f.read()), repr(f.read()))
f.close()
with open(path, 'w') as f:
    print('via print', 42, file=f)
    f.write('direct\n')
    f.writelines(['a\n', 'b\n'])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w') as f:
    pass
with open(path) as f:
    print(repr(f.read()))
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
with open(path, 'w') as f:
    f.write('x' * 10000)
with open(path) as f:
    print(len(f.read()))
with open(path, mode='w') as f:
    f.write('line1\r\nline2\rline3\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))
