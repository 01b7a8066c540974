# sys.exit() and sys.exit(None) exit with status 0; finally blocks still run.
import sys
try:
    print('in try')
    sys.exit(None)
finally:
    print('finally runs on exit')
print('not reached')
