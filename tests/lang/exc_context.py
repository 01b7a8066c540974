# Implicit exception chaining via __context__.
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError:
            raise RuntimeError('c')
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise TypeError('after handler')
except TypeError as e:
    print('context after completed handler:', e.__context__)
def f():
    try:
        raise ValueError('in finally test')
    finally:
        pass
try:
    f()
except ValueError as e:
    print('no context:', e.__context__)
try:
    try:
        raise ValueError('v')
    finally:
        raise KeyError('k')
except KeyError as e:
    print('finally context:', repr(e.__context__))
err = ValueError('self')
try:
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print('no self-cycle:', e.__context__ is None)
print(ValueError('x').__context__, ValueError('x').__traceback__)
