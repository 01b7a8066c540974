# return/break/continue through finally, with and except blocks
def f1():
    try:
        return 1
    finally:
        print('finally f1')
print(f1())
def f2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
    return i
print(f2())
def f3():
    try:
        try:
            raise ValueError('a')
        finally:
            print('inner finally')
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('outer finally')
print(f3())
def f4():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(f4())
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                break
            continue
        finally:
            print('f5 fin', i)
    return i
print(f5())
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name); return self
    def __exit__(self, *a):
        print('exit', self.name, a[0].__name__ if a[0] else None); return False
def f6():
    for i in range(3):
        with CM('a%d' % i) as c, CM('b'):
            if i == 0:
                continue
            if i == 1:
                return c.name
print(f6())
def f7():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError as e:
            return repr(e.__context__)
print(f7())
import sys
def f8():
    try:
        raise ValueError(1)
    except ValueError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError(2)
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
f8()
def f9():
    try:
        1/0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
try:
    f9()
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
def f10():
    try:
        raise ValueError('x')
    except ValueError:
        raise
try:
    f10()
except ValueError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
def f11():
    x = 0
    while True:
        x += 1
        try:
            if x < 3:
                continue
            break
        finally:
            print('w fin', x)
    return x
print(f11())
def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
it = g()
print(next(it))
it.close()
print('closed')
def g2():
    try:
        yield 1
    except ValueError as e:
        print('gen caught', e)
        yield 'after'
it = g2()
next(it)
print(it.throw(ValueError('boom')))
def sub():
    try:
        yield 'a'
        yield 'b'
    except KeyError:
        yield 'sub caught'
    return 'subret'
def outer():
    r = yield from sub()
    yield r
it = outer()
print(next(it), it.throw(KeyError), next(it))
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as ex:
    print('unbound', ex)
def deep(n):
    return n if n == 0 else deep(n - 1)
print(deep(900))
