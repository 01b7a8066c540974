# Multiple context managers in one with statement, and nesting order.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
with CM('a') as a, CM('b') as b, CM('c'):
    print('body', a, b)
with (CM('p1') as x,
      CM('p2') as y):
    print('parenthesized', x, y)
with (
    CM('q1'),
    CM('q2'),
):
    print('parenthesized without as')
try:
    with CM('ok'), CM('bad', fail_enter=True), CM('never'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
try:
    with CM('outer'), CM('inner'):
        raise KeyError('k')
except KeyError:
    print('KeyError propagated through both')
with CM('n1'):
    with CM('n2'):
        print('nested')
