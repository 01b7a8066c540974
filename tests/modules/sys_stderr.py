# sys.stderr output is captured and compared exactly.
import sys
print('to stdout')
sys.stderr.write('error line 1\n')
print('err via print', file=sys.stderr)
n = sys.stderr.write('count me\n')
print('stderr write returned', n)
sys.stderr.flush()
saved = sys.stderr
class Null:
    def write(self, s):
        return len(s)
    def flush(self):
        pass
sys.stderr = Null()
print('swallowed', file=sys.stderr)
sys.stderr = saved
print('restored', file=sys.stderr)
