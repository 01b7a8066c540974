# Runtime errors raised inside exec() and eval() propagate normally.
for src in ('1 / 0', 'undefined_in_eval', "[][1]", "{}['k']", "int('x')"):
    try:
        eval(src)
    except Exception as e:
        print('eval', repr(src), '->', type(e).__name__, e)
try:
    exec('def f():\n    raise ValueError("inside exec")\nf()')
except ValueError as e:
    print('exec ->', e)
ns = {'x': 0}
try:
    exec('y = 1\nz = 1 / x', ns)
except ZeroDivisionError as e:
    print('partial exec kept y:', ns.get('y'), 'z' in ns, e)
try:
    eval('x.attr', {'x': 5})
except AttributeError as e:
    print(e)
try:
    exec('raise KeyError("from exec")')
except KeyError as e:
    print(repr(e))
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec(None)
except TypeError as e:
    print(e)
