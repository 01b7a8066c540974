# Uncaught exception raised while handling another: implicit chaining.
def parse(text):
    try:
        int(text)
    except ValueError:
        raise RuntimeError('could not parse input')
    return text

print('start')
parse('abc')
