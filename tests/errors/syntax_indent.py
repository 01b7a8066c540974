# This file deliberately contains an indentation error.
def f():
    a = 1
      b = 2
    return a + b
