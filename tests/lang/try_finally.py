# finally semantics: always runs, can override return/exception.
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally overrides'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed exception'
print(f3())
def f4():
    for i in range(3):
        try:
            if i == 1:
                return 'returned at %d' % i
        finally:
            print('f4 finally', i)
print(f4())
def f5():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'
print(f5())
def f6():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer except', e)
        return 'handled'
    finally:
        print('outer finally')
print(f6())
def f7():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('from handler')
    finally:
        print('f7 finally runs before propagation')
try:
    f7()
except ValueError as e:
    print('caught', e, type(e.__context__).__name__)
def f8():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
            continue
        finally:
            print('f8 finally', i)
    return i
print(f8())
def f9():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('replacement')
try:
    f9()
except KeyError as e:
    print('replacement won', repr(e.__context__))
def f10():
    lst = []
    try:
        lst.append('try')
        return lst
    finally:
        lst.append('finally')
print(f10())
