# raise ... from ...: __cause__, __context__, __suppress_context__.
class AppError(Exception):
    pass
def load():
    try:
        {}['missing']
    except KeyError as e:
        raise AppError('could not load') from e
try:
    load()
except AppError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def suppress():
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError('clean') from None
try:
    suppress()
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise AppError('direct') from ValueError('cause')
except AppError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise AppError('cls cause') from ValueError
except AppError as e:
    print(repr(e.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError', e)
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(repr(e.__cause__), e.__suppress_context__)
