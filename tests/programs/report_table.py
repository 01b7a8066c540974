# Formatting a sales report table with alignment, totals and percentages.
SALES = [
    ('North', 'Widgets', 1200, 3.75), ('North', 'Gadgets', 340, 12.5), ('South', 'Widgets', 980, 3.75),
    ('South', 'Gizmos', 75, 149.99), ('East', 'Gadgets', 1210, 12.5), ('East', 'Widgets', 15, 3.75),
    ('West', 'Gizmos', 12, 149.99), ('West', 'Gadgets', 0, 12.5), ('North', 'Gizmos', 33, 149.99),
]
header = ('Region', 'Product', 'Units', 'Price', 'Revenue')
rows = [(r, p, u, pr, u * pr) for r, p, u, pr in SALES]
total = sum(row[4] for row in rows)
w = [max(len(header[i]), max(len(str(row[i])) for row in rows)) for i in range(2)]
line = '+-%s-+-%s-+-------+---------+-------------+--------+' % ('-' * w[0], '-' * w[1])
print(line)
print('| %-*s | %-*s | %5s | %7s | %11s | %6s |' % (w[0], header[0], w[1], header[1], header[2], header[3], header[4], 'Share'))
print(line)
for r, p, u, pr, rev in sorted(rows, key=lambda x: (-x[4], x[0])):
    print('| %-*s | %-*s | %5d | %7.2f | %11s | %5.1f%% |' % (w[0], r, w[1], p, u, pr, format(rev, ',.2f'), 100 * rev / total))
print(line)
print('| %-*s | %5d | %7s | %11s | %5.1f%% |' % (w[0] + w[1] + 3, 'TOTAL', sum(r[2] for r in rows), '', format(total, ',.2f'), 100.0))
print(line)
by_region = {}
for r, p, u, pr, rev in rows:
    by_region[r] = by_region.get(r, 0) + rev
print()
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    bar = '#' * int(rev / total * 50)
    print(f'{region:<6}|{bar:<25}| {rev:>10,.2f} {rev / total:>7.2%}')
print()
print('{:^40}'.format(' Summary '), '|')
print('{:=^40}'.format(''))
stats = {'rows': len(rows), 'avg revenue': total / len(rows), 'max units': max(r[2] for r in rows),
         'products': len({r[1] for r in rows})}
for k, v in stats.items():
    print(f'{k:.<30}{v:>10,.2f}' if isinstance(v, float) else f'{k:.<30}{v:>10}')
