# Format mini-language applied to floats.
specs = ['', 'f', '.0f', '.1f', '.3f', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', '+.2f',
         ' .2f', ',.2f', '_.1f', 'e', '.2e', 'E', '.0e', 'g', '.2g', '.10g', 'G', '#g', '#.0f',
         '%', '.1%', '*^12.3f', 'n', '.3', '-.1f', '015,.2f']
for x in (0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e22, 2.5, 0.125):
    print(x, '|'.join(format(x, spec) for spec in specs))
for x in (float('inf'), float('-inf'), float('nan')):
    print(x, '|'.join(format(x, spec) for spec in ['', 'f', '10.2f', 'e', 'g', '%', '+', '010']))
for bad in ('d', 'x', 'c', ',_'):
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
