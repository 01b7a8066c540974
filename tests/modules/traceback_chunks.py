import traceback
def f():
    x = {}
    return x['k']
def g():
    try:
        f()
    except KeyError:
        raise ValueError("v")
try: g()
except ValueError as e:
    for part in traceback.format_tb(e.__traceback__): print(repr(part))
    for part in traceback.format_exception(e): print(repr(part))
    print(len(traceback.format_exception_only(e)))
def h():
    try:
        f()
    except KeyError as k:
        raise ValueError("w") from k
try: h()
except ValueError as e:
    for part in traceback.format_exception(e): print(repr(part))
