# str.split and str.rsplit.
s = 'a,b,,c,'
print(s.split(','), s.split(',', 1), s.split(',', 0), s.split(',', -1), s.split(',', 10))
print(s.rsplit(','), s.rsplit(',', 1), s.rsplit(',', 2))
w = '  the  quick\tbrown\n\nfox  '
print(w.split(), w.split(None, 1), w.split(None, 2), w.rsplit(None, 1), w.rsplit(maxsplit=2))
print(w.split(' '))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '))
print('abc'.split('abc'), 'abcabc'.split('bc'), 'aaa'.split('a'), 'aaa'.split('aa'))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'x'.split('long separator'))
print('1 2 3'.split(sep=' ', maxsplit=1))
print('one\x0btwo\x0cthree\x1cfour\u2003five\xa0six'.split())
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
print('a b c'.rsplit(' ', 0), '  a b  '.rsplit(None, 0))
print('héllo wörld'.split('ö'), 'αβγ δεζ'.split())
