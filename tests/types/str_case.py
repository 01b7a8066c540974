# Case conversions including some non-ASCII characters.
words = ['hello', 'HELLO', 'Hello World', 'hELLO wORLD', "they're bill's", 'ß', 'straße',
         'éclair', 'ÉCOLE', 'ǅungla', 'ﬁne', 'σίσυφος', 'İstanbul', 'ΣΑΣ', '123abc', 'a1b2', '']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()))
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'Straße'.casefold() == 'STRASSE'.casefold())
print(len('ß'.upper()), len('ﬁ'.upper()), 'i̇'.upper(), len('İ'.lower()))
