# str.format and str.format_map.
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=30), '{0[1]} {0[0]}'.format(['x', 'y']))
print('{p.real} {p.imag}'.format(p=3), '{d[key]} {d[0]}'.format(d={'key': 'v', 0: 'zero'}))
print('{:>8}|{:<8}|{:^8}|{:*^9}|'.format('r', 'l', 'c', 'star'))
print('{0:{1}}|{0:>{1}}|{2:.{3}f}'.format('w', 6, 3.14159, 2))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{}} {{{}}}'.format('in braces'))
print('{:,} {:_} {:08.3f} {:+d} {:x} {:#b}'.format(1234567, 7654321, -3.14159, 5, 255, 5))
print('{0:.2%} {1:e} {2:g}'.format(0.1234, 123.456, 0.0000123))
print('{:10}|{:<5}|{:>5}'.format(42, 42, 'ab'))
class P:
    def __init__(self):
        self.x = 1
        self.items = [10, 20]
print('{0.x} {0.items[1]}'.format(P()))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{known} {unknown}'.format_map(Default(known='K')))
for bad in ('{', '}', '{0', '{:}', '{0}{}', '{x}'):
    try:
        print(repr(bad.format(1)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
print('{:d}'.format(True), '{}'.format(None), '{:s}'.format('s'), '{:5}|'.format(None) if False else '')
