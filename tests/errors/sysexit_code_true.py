# SystemExit codes: True counts as 1; a code raised from a nested function.
import sys
def shutdown():
    raise SystemExit(True)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught exit code', e.code)
try:
    sys.exit('message only')
except SystemExit as e:
    print('caught exit message', e.code)
shutdown()
