# The global statement.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def create():
    global created
    created = 'made in function'
create()
print(created)
def multiple():
    global a, b
    a, b = 1, 2
multiple()
print(a, b)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
def reads():
    return counter * 2
print(reads())
def del_global():
    global created
    del created
del_global()
print('created' in globals())
def for_global():
    global loopvar
    for loopvar in range(3):
        pass
for_global()
print(loopvar)
def import_global():
    global mathmod
    import math as mathmod
import_global()
print(mathmod.floor(2.5))
class K:
    global class_set
    class_set = 'set from class body'
print(class_set)
