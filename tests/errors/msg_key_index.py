# KeyError and IndexError messages.
for key in ('missing', 42, (1, 2), None, '', 1.5, frozenset()):
    try:
        {}[key]
    except KeyError as e:
        print('KeyError', e, repr(e), e.args)
for c in (lambda: [][0], lambda: [1, 2][5], lambda: [1][-2], lambda: ()[0], lambda: (1,)[3],
          lambda: ''[0], lambda: 'abc'[10], lambda: b''[0], lambda: bytearray(2)[2], lambda: range(3)[3],
          lambda: range(0)[-1], lambda: [].pop(), lambda: [1].pop(3), lambda: [1].insert(0, 1) or [][1],
          lambda: 'abc'[-4]):
    try:
        c()
    except IndexError as e:
        print('IndexError', e)
def assign(seq, i):
    seq[i] = 0
for seq in ([], [1, 2], bytearray(b'ab')):
    try:
        assign(seq, 5)
    except IndexError as e:
        print('IndexError', e)
try:
    del [1][3]
except IndexError as e:
    print('IndexError', e)
for c in (lambda: {}.pop('k'), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2)):
    try:
        c()
    except KeyError as e:
        print('KeyError', repr(e), str(e))
class M(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + str(key))
try:
    M()['z']
except KeyError as e:
    print('KeyError', e)
