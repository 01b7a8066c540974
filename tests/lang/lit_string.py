# String literal forms: quotes, triple quotes, escapes, implicit concatenation.
print('single', "double")
print('it\'s', "say \"hi\"", 'mix "q"', "mix 'q'")
print("""triple
double""")
print('''triple
single''')
print("tab\there", "nl\\n literal")
print("a\nb")
print("bell\a".__len__(), "\b\f\v\r".__len__())
print("\x41\x42\x43", "\101\102\103", "\0".__len__())
print("\u00e9\u4e2d", "\U0001F600".__len__())
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER SHARP S}")
print("con" "cat" 'en' """ation""")
s = ("line one "
     "line two "
     'line three')
print(s)
print("back\
slash continuation")
print(len("""
"""))
print(repr("\t\n\r\x00\x7f"))
print(repr('\'"'), repr("'"), repr('"'))
print(repr("é\u4e2d\U0001F600"))
print("\q".__len__())
print('''a'b"c''')
print("""He said "yes" """)
print(ord("\177"), ord("\x7f"), ord("\u0100"))
print("" == '', "" == """""")
