# Uncaught exceptions without a message, and a KeyError (repr of key).
import sys
try:
    raise AttributeError
except AttributeError:
    print('caught bare class')
raise IndexError
