# try/except/else/finally basics.
def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print('  zero division')
    except (KeyError, IndexError) as e:
        print('  lookup error', type(e).__name__)
    except Exception as e:
        print('  other', type(e).__name__, e)
    else:
        print('  no exception, result', r)
    finally:
        print('  finally')
attempt(lambda: 1 / 0)
attempt(lambda: {}['k'])
attempt(lambda: [][0])
attempt(lambda: int('x'))
attempt(lambda: 'fine')
try:
    raise ValueError('explicit', 2)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    try:
        raise KeyError('inner')
    except ValueError:
        print('wrong handler')
except KeyError as e:
    print('outer caught', e)
try:
    pass
except Exception:
    print('not run')
else:
    print('else without exception')
try:
    x = 1
finally:
    print('finally without except', x)
class MyErr(Exception):
    pass
class SubErr(MyErr):
    pass
try:
    raise SubErr('sub')
except MyErr as e:
    print('caught via base', type(e).__name__, e)
try:
    raise MyErr
except SubErr:
    print('no')
except MyErr:
    print('base handler')
handlers = (ValueError, TypeError)
try:
    raise TypeError('tuple var')
except handlers as e:
    print('tuple variable handler', e)
try:
    1 / 0
except:
    print('bare except')
