# int() from strings: bases, prefixes, underscores, whitespace, errors.
print(int('42'), int('-42'), int('+7'), int('  13  '), int('\t-9\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('0o777', 8), int('101', 2), int('0b101', 0))
print(int('z', 36), int('Zz', 36), int('10', 3), int('1_000'), int('0x_ff', 16))
print(int('0', 0), int('00', 0), int('-0b11', 0), int('  0X1F  ', 0))
print(int('123456789012345678901234567890'), int('-' + '9' * 30))
print(int(3.99), int(-3.99), int(1e20), int(True), int())
print(int('١٢٣'), int('٣'))
bad = ['', ' ', 'x', '1.5', '1e3', '0x', '12a', '1__0', '_1', '1_', '08', '- 1', '++1']
for s in bad:
    try:
        int(s, 0 if s == '08' else 10)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, base in [('9', 8), ('2', 2), ('g', 16), ('0x10', 10), ('0b1', 16)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(repr(s), base, 'ValueError', e)
for base in (1, 37, -1):
    try:
        int('1', base)
    except ValueError as e:
        print('base', base, 'ValueError', e)
try:
    int(1.5, 10)
except TypeError as e:
    print('TypeError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(int(b'12'), int(bytearray(b'-3')))
