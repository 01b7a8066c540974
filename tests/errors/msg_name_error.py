# NameError messages.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, repr(e.name))
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 1
outer()
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
class C:
    try:
        print(class_level_missing)
    except NameError as e:
        print(type(e).__name__, e)
try:
    exec('print(in_exec)')
except NameError as e:
    print(type(e).__name__, e)
