names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isupper', 'islower', 'istitle', 'isidentifier']
for n in names:
    f = getattr(str, n)
    bad = [c for c in range(0, 0x30000, 7) if f(chr(c))]
    print(n, len(bad), sum(bad) % 1000003)
up = [c for c in range(0, 0x30000, 7) if chr(c).upper() != chr(c)]
lo = [c for c in range(0, 0x30000, 7) if chr(c).lower() != chr(c)]
cf = [c for c in range(0, 0x30000, 7) if chr(c).casefold() != chr(c).lower()]
ti = [c for c in range(0, 0x30000, 7) if chr(c).title() != chr(c).upper()]
print('upper', len(up), sum(up) % 1000003, 'lower', len(lo), sum(lo) % 1000003, 'fold', len(cf), 'title', len(ti))
