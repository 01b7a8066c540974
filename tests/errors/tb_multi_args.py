# Uncaught exception with several arguments prints the args tuple.
def check(x):
    raise ValueError('bad value', x, [1, 2])

check(42)
