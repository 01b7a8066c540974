# UnboundLocalError messages.
count = 0
def increment():
    count += 1
try:
    increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        result = 'set'
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def in_loop():
    for i in range(0):
        pass
    return i
try:
    in_loop()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def except_name():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_name()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError('x'), NameError))
