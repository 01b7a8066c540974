# compile(), exec() and eval() reporting SyntaxError details.
sources = [
    'x = (1, 2',
    'if True\n    pass',
    'x = 1 +',
    'print("unterminated)',
    'a = 1\nb = 2\nc = = 3',
    'for x in range(3):\npass',
    '  indented = 1',
    'return 5',
    'x = [1, 2, 3}',
    '1 = x',
    'None = 1',
    'break',
    'def g():\n    nonlocal q',
    'lambda: (yield)',
    'class C:\npass',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled OK:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset, '|', repr(e.text))
try:
    eval('1 +')
except SyntaxError as e:
    print('eval:', e.msg, e.lineno)
try:
    exec('def broken(:\n  pass')
except SyntaxError as e:
    print('exec:', e.msg, e.lineno, e.filename)
try:
    compile('x', '<s>', 'bogus')
except ValueError as e:
    print('ValueError', e)
code = compile('a = 6 * 7', '<ok>', 'exec')
ns = {}
exec(code, ns)
print(ns['a'])
print(eval(compile('a + 1', '<e>', 'eval'), ns))
