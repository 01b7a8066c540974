# A chain of three exceptions mixing cause and context.
def step1():
    raise ValueError('step 1 failed')

def step2():
    try:
        step1()
    except ValueError as e:
        raise TypeError('step 2 failed') from e

def step3():
    try:
        step2()
    except TypeError:
        raise RuntimeError('step 3 failed')

step3()
