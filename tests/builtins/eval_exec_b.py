# eval() and exec() with globals and locals.
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('[a, b]', {'a': 1}, {'b': 2}))
x = 10
print(eval('x + 1'), eval('  x  '), eval('len("abc")'))
ns = {}
exec('y = 5\ndef f(n):\n    return n * y\nz = f(3)', ns)
print(ns['y'], ns['z'], ns['f'](2), '__builtins__' in ns)
exec('w = 99')
print(w)
print(exec('1 + 1'), eval('None'))
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(loc)
g = {'__builtins__': {}}
try:
    eval('len([])', g)
except NameError as e:
    print('NameError', e)
code = compile('3 * 7', '<expr>', 'eval')
print(eval(code), type(code).__name__)
code2 = compile('for i in range(3): print("exec loop", i)', '<stmts>', 'exec')
exec(code2)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
def scope():
    local_v = 'local'
    return eval('local_v')
print(scope())
