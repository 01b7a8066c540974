# Exception objects: args, str, repr, and type-specific attributes.
for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(''), KeyError('k'), KeyError(),
          KeyError('a', 'b'), IndexError(5), RuntimeError(None), StopIteration(7), SystemExit(2),
          OSError('plain'), AssertionError(), NotImplementedError('todo')):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, 'No such file or directory', 'missing.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e2 = OSError(13, 'Permission denied')
print(type(e2).__name__, e2, e2.errno)
print(type(OSError(2, 'x')).__name__, type(OSError(17, 'x')).__name__, type(OSError(21, 'x')).__name__)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
try:
    compile('x = (', 'fake.py', 'exec')
except SyntaxError as s:
    print(s.msg, s.filename, s.lineno, s.offset, repr(s.text))
ex = ValueError('x')
ex.extra = 'attached'
print(ex.extra, ex.__dict__)
ex.args = ('changed', 1)
print(ex, ex.args)
print(BaseException('b').with_traceback(None).args)
print(Exception('msg').__str__(), Exception('m').__repr__())
n = NameError('n', name='var')
print(n.name, n)
a = AttributeError('a', name='attr', obj=5)
print(a.name, a.obj)
i = ImportError('imp', name='modname', path='/x')
print(i.name, i.path, i.msg if hasattr(i, 'msg') else '', i)
print(SystemExit(3).code, SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(1).value)
