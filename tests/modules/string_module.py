# The string module's constants and capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(len(string.printable), string.printable[:20])
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'))
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
