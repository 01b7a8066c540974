# printf-style % formatting of strings.
print('%s %s' % ('a', 'b'), '%s' % 'single', '%s' % (('tuple',),), '%r' % 'rep')
print('%d %i %u' % (42, -42, 7), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 314.159, 314.159, 0.00001, 1e20))
print('%c %c' % (65, 'z'), '%%', '%s%%' % 50, '%a' % 'é')
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 40}, '%(x)r' % {'x': [1]})
print('%s' % [1, 2], '%s' % {'a': 1}, '%s %s' % (None, True), '%d' % 3.99, '%.3s' % 'abcdef')
print('%10s|%-10s|' % ('right', 'left'), '%5.1s|' % 'abc')
print('%d%%' % 99, '%s' % 0.1, '%r' % 0.1, '%i' % True)
for fmt, args in [('%d', 'x'), ('%s %s', ('one',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', 5), ('%c', 'ab')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print('%s' % b'bytes', '%-5s|%5s' % ('é', 'ü'))
