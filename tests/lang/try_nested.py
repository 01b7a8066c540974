# Nested try statements and exceptions raised in handlers.
def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('not here')
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'ok'
print(level1())
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e:
            print('inner handler', e)
        print('still in outer handler')
        raise
except ValueError as e:
    print('re-raised outer', e)
for exc in (ValueError, TypeError, KeyError, None):
    try:
        try:
            if exc:
                raise exc('x')
        except ValueError:
            print('inner handled ValueError')
        except TypeError:
            raise RuntimeError('converted')
        else:
            print('inner else')
    except RuntimeError as e:
        print('outer RuntimeError', e)
    except KeyError:
        print('outer KeyError')
result = []
for i in range(3):
    try:
        try:
            if i == 0:
                continue
            if i == 1:
                raise ValueError
        finally:
            result.append('f%d' % i)
    except ValueError:
        result.append('caught%d' % i)
print(result)
def gen_exc():
    try:
        yield 1
        raise KeyError('in gen')
    except KeyError as e:
        yield 'gen handled ' + str(e)
print(list(gen_exc()))
