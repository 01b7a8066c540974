# This file deliberately contains an unterminated string literal.
x = 1
message = 'this string never ends
print(message)
