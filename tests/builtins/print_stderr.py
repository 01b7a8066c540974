# print(file=sys.stderr) and sys.stderr.write: stderr is checked exactly.
import sys
print('stdout line 1')
print('stderr line 1', file=sys.stderr)
sys.stderr.write('stderr via write\n')
print('stdout line 2')
print('a', 'b', sep='-', end='|\n', file=sys.stderr)
sys.stdout.write('stdout via write\n')
print('done', file=sys.stderr, flush=True)
