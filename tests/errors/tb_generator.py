# Traceback passing through generator frames.
def numbers():
    yield 1
    yield 2
    raise RuntimeError('generator exhausted badly')

def consume():
    for n in numbers():
        print('got', n)

consume()
