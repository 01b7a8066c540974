# The 'as' name is deleted at the end of the except clause.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as u:
        return 'unbound: ' + str(u)
print(f())
saved = None
try:
    raise KeyError('keep')
except KeyError as err2:
    saved = err2
print(repr(saved))
try:
    raise TypeError('t')
except TypeError as x:
    x = 'rebound in handler'
print('x' in dir())
