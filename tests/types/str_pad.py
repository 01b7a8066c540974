# center/ljust/rjust/zfill.
for w in (0, 3, 5, 8, 11):
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.center(w, '*')))
print('ab'.center(5, '-'), 'abc'.center(6, '-'), 'a'.center(4, '.'), 'é'.center(5, 'ü'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '3.14'.zfill(8), 'abc'.zfill(6))
print('42'.zfill(1), ''.zfill(3), '-'.zfill(3), '--1'.zfill(5))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
print('x'.ljust(3, '0'), 'x'.rjust(3, '0'), 'longer'.rjust(2))
print(b'ab'.center(6, b'*'), b'7'.zfill(3), b'x'.ljust(3), b'x'.rjust(3, b'-'))
