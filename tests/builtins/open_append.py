# open() in append mode and 'x'/'w' semantics.
path = '/tmp/weft_test_open_append.txt'
with open(path, 'w') as f:
    f.write('first\n')
with open(path, 'a') as f:
    f.write('second\n')
with open(path, 'a') as f:
    f.write('third\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w') as f:
    f.write('truncated\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'ab') as f:
    f.write(b'binary append\n')
with open(path) as f:
    print(f.read().splitlines())
try:
    open(path, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    open(path, 'q')
except ValueError as e:
    print('ValueError', e)
