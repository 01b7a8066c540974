# Format mini-language applied to strings and other objects.
for s in ('', 'a', 'abc', 'héllo', 'longer string'):
    print('|'.join(format(s, spec) for spec in ['', 's', '5', '<5', '>5', '^5', '*^7', '.2', '7.3', '-^6', '>10.1s']))
for bad in ('d', '=5', '+', ',', '05' if False else 'x'):
    try:
        format('abc', bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print(format(None), format(None, ''), format([1, 2]), format((1,), ''))
try:
    format(None, '>5')
except TypeError as e:
    print('TypeError', e)
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0] if ' at 0x' in str(e) else e)
print(format(True), format(True, ''), format(True, 'd'), format(False, '>5'), format(True, 's') if False else '')
print('{:^11}'.format('centered'), '{:=^11}'.format(''), '{:\u2500^9}'.format('box'))
