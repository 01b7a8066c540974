# Bare raise re-raises the exception being handled.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught', e)
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print('raised saved exception', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def nested():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    nested()
except Exception as e:
    print('bare raise after inner handler:', type(e).__name__, e)
def reraise_type():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise type(e)('new message')
try:
    reraise_type()
except ZeroDivisionError as e:
    print(e)
e1 = ValueError('reused')
for i in range(2):
    try:
        raise e1
    except ValueError as e:
        print(i, e is e1)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
def with_traceback():
    try:
        raise ValueError('tb')
    except ValueError as e:
        raise e.with_traceback(e.__traceback__)
try:
    with_traceback()
except ValueError as e:
    print('with_traceback ok', e.__traceback__ is not None)
