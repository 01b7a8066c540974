# print(): sep, end, file, flush, multiple arguments.
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=' | ')
print('no newline', end='')
print(' -- continued')
print('x', 'y', sep='\n', end='\n\n')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, sep=',')
print('flush', flush=True)
print(*range(5))
print(*[], sep='never')
print('sep None', sep=None, end=None)
import sys
print('to stdout explicitly', file=sys.stdout)
print('to None file', file=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('captured', 42, sep='+', end='!', file=w)
print(w.parts)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError', e)
class S:
    def __str__(self):
        return 'S.__str__'
print(S(), [S()] if False else 'list skipped')
print('é', '日本', '🙂')
print('tab\tsep', 'nl\\n', repr('q'))
