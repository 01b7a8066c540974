# Output printed before an uncaught exception is flushed to stdout.
import sys
for i in range(3):
    print('line', i)
sys.stdout.write('partial line without newline')
print('to stderr before the error', file=sys.stderr)
raise TypeError('unsupported thing')
