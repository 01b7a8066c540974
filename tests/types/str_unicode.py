# Non-ASCII strings: length, ord/chr, iteration, comparison, escapes.
s = 'aé中🙂'
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(''.join(chr(c) for c in [72, 233, 0x4e2d, 0x1F600]))
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print(repr('\u200b'), repr('\x00\x1f\x7f\x80\xa0'), repr('\ud800'), repr('\U0010ffff'))
print(ascii('aé中🙂'), ascii('plain'), ascii(['é']))
print('é' < 'z', 'z' < 'é', '中' > 'é', sorted(['b', 'é', 'a', 'Z', '中', '🙂']))
print('ü' in 'Grüße', 'Grüße'.index('ß'), 'Grüße'.upper(), 'ﬀ'.upper())
print(chr(0), repr(chr(0)), ord('\n'), chr(0x10FFFF) == '\U0010ffff')
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
print(list('日本'), list(reversed('añb')), 'x'.join('ñç'))
print('\N{EM DASH}', '\N{SNOWMAN}'.encode('utf-8'), len('\N{SNOWMAN}'))
print('e\u0301' == 'é', len('e\u0301'), len('é'))
mixed = 'a' * 3 + '中' * 2 + '🙂'
print(mixed, mixed[2:4], mixed.find('🙂'), mixed.count('中'), mixed * 2)
print(str(1) + 'é', 'é' * 3, f'{"é":*^5}', '%-4s|' % 'é')
