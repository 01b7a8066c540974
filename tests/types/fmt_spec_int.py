# Format mini-language applied to ints.
specs = ['', 'd', '5d', '<5d', '>5d', '^5d', '=5d', '05d', '+d', '-d', ' d', ',d', '_d', '_x',
         ',', '*^9', '0>6', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', 'c', 'n',
         'e', '.2f', '%', 'g', '+08,d', '#_b', '>+8', '012,']
for n in (0, 7, -7, 1234567, -1234567, 255):
    out = []
    for spec in specs:
        if spec == 'c' and not 0 <= n < 0x110000:
            out.append('-')
            continue
        out.append(format(n, spec))
    print(n, '|'.join(out))
print(format(2 ** 70, ','), format(-(2 ** 70), '_x'), format(2 ** 70, '#o'))
for bad in ('s', '.2d', ',x', '=c'):
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
