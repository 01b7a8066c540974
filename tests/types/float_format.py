# Formatting floats with format(), str.format and %.
x = 1234.56789
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '^12.2f', '+.1f', ' .1f', '010.2f', ',.2f',
             '_.3f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', '#.0f', '.0f',
             '=+12.2f', '*>12', 'n']:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in (0.0, -0.0, 1e-10, 1e16, 123456789.0, 0.000123, 1.5, 2.5, float('inf'), float('nan')):
    print(format(v, 'g'), format(v, '.2e'), format(v, '.3f'), format(v, ''), format(v, '.12g'))
print('%f %e %g %.2f %10.3f %-10.1f| %+f' % (x, x, x, x, x, x, x))
print('%g %g %g %g' % (1e-5, 1e-4, 1e16, 123456789.0))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('{:.3}'.format(3.14159), '{:.0e}'.format(12345.0), '{:#g}'.format(1.0))
print(format(1e100, '.3g'), format(1e-100, 'f')[:12], format(2 ** 0.5, '.50f'))
