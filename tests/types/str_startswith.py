# startswith/endswith with tuples and ranges.
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.endswith('.gz'), s.endswith('.zip'))
print(s.endswith(('.zip', '.gz')), s.startswith(('x', 'y')), s.startswith(()))
print(s.startswith('name', 4), s.startswith('name', 4, 7), s.endswith('tar', 0, 12))
print(s.startswith(''), s.endswith(''), ''.startswith(''), ''.endswith('x'))
print(s.startswith('gz', -2), s.endswith('file', 0, 4), s.startswith('e', -100))
try:
    s.startswith(['file'])
except TypeError as e:
    print('TypeError', e)
print('éa'.startswith('é'), b'bytes'.startswith(b'by'), b'bytes'.endswith((b'x', b'es')))
