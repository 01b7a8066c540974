# expandtabs with different tab sizes.
s = 'a\tbc\tdef\tg\n\tx\ty'
print(repr(s.expandtabs()))
for n in (0, 1, 2, 4, 8, 3):
    print(n, repr(s.expandtabs(n)))
print(repr('\t'.expandtabs()), repr('abcdefgh\ti'.expandtabs()), repr('ab\r\tc'.expandtabs(4)))
print(repr('no tabs'.expandtabs()), repr(b'a\tb'.expandtabs(4)))
print(repr('x\ty'.expandtabs(tabsize=2)), repr('x\ty'.expandtabs(-1)))
