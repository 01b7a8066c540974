# partition and rpartition.
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('=start'.partition('='), 'end='.rpartition('='), ''.partition('x'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print('héllo wörld'.partition(' '), 'αβγ'.rpartition('β'))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError', e)
print(b'k:v'.partition(b':'), b'k:v:w'.rpartition(b':'), bytearray(b'ab').partition(b'x'))
