# Converting ints to strings in various bases and formats.
for n in (0, 1, -1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 64) - 1):
    print(n, str(n), repr(n), bin(n), oct(n), hex(n))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'), format(255, 'd'))
print(format(-255, '#b'), format(-255, '#o'), format(-255, '#x'), format(-255, '#X'))
print(str(10 ** 100), len(str(2 ** 10000)))
print(str(-10 ** 30)[:5], int(str(3 ** 500)) == 3 ** 500)
print('%d %i %o %x %X' % (255, 255, 255, 255, 255))
print('%#o %#x %#X' % (8, 255, 255))
print(f'{2 ** 70:,}', f'{-(2 ** 70):_}', f'{2 ** 70:_x}', f'{2 ** 70:e}')
