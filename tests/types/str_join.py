# str.join with various iterables.
print(','.join(['a', 'b', 'c']), ''.join('xyz'), '-'.join(()), ' '.join(['solo']))
print(', '.join(str(i) for i in range(5)), '|'.join({'k1': 1, 'k2': 2}))
print('->'.join(map(str.upper, ['a', 'b'])), '\n'.join(['l1', 'l2']))
print('ab'.join('123'), ''.join([]), 'é'.join('ab'), '🙂'.join(['x', 'y']))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print('TypeError', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError', e)
try:
    ''.join([b'x'])
except TypeError as e:
    print('TypeError', e)
print(len(''.join(['ab'] * 1000)), ''.join(reversed('stressed')))
print(b', '.join([b'a', b'b']), b''.join([bytearray(b'x'), b'y']))
