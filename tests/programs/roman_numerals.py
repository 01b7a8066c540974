# Roman numeral conversion both ways, with validation and round trips.
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError('expected int, got %s' % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError('out of range: %d' % n)
    out = []
    for v, sym in VALUES:
        count, n = divmod(n, v)
        out.append(sym * count)
    return ''.join(out)
def from_roman(s):
    single = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in single:
            raise ValueError('bad numeral %r in %r' % (ch, s))
        v = single[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError('non-canonical numeral %r (means %d = %s)' % (s, total, to_roman(total)))
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 888):
    print(n, to_roman(n))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for s in ('MCMXCIV', 'mmxxiv', 'IIII', 'IC', 'ABC', 'XLII'):
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print(s, 'ValueError:', e)
for bad in (0, 4000, -5, 2.5, True):
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ':', e)
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
print(max(lengths), lengths[max(lengths)], len(lengths[1]), lengths[1])
