# sys.argv and sys.exit semantics when caught.
import sys
print(sys.argv[0].endswith('sys_argv_exit.py'), sys.argv[1:])
for code in (0, 1, 2, None, 'text', [1]):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), '->', repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no arg ->', e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
