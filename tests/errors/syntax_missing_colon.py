# This file deliberately contains a syntax error (missing colon).
print('never runs')
def broken(x)
    return x
