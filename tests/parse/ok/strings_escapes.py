a = '\n\t\r\\\'\"\a\b\f\v'
b = '\x41\x7f\x80\xff'
c = '\u20ac\u00e9\U0001F600'
d = '\0\01\012\101\377\777'
e = 'line \
continued'
f = '\z unknown \d escape'
g = b'\x00\xff\n\t\\'
h = b'\101\0'
i = '\ud800 lone surrogate'
j = 'tab\there'

