# open() failures and file object attributes.
try:
    open('/tmp/weft_no_such_dir/file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
    print(e)
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception))
try:
    open('/tmp', 'w')
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno, e)
path = '/tmp/weft_test_open_errors.txt'
with open(path, 'w') as f:
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
with open(path, 'rb') as f:
    print(f.name, f.mode, f.readable(), f.writable())
try:
    with open(path) as f:
        f.write('x')
except OSError as e:
    print(type(e).__name__, e)
f = open(path)
f.close()
f.close()
print(f.closed)
try:
    open(path, 'rw')
except ValueError as e:
    print('ValueError', e)
