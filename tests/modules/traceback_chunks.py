import os
import traceback


def show(part):
    # the script's path is absolute in CPython 3.11; keep the output portable
    print(repr(part.replace(os.path.abspath(__file__), 'traceback_chunks.py')))


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
    for part in traceback.format_tb(e.__traceback__): show(part)
    for part in traceback.format_exception(e): show(part)
    print(len(traceback.format_exception_only(e)))
def h():
    try:
        f()
    except KeyError as k:
        raise ValueError("w") from k
try: h()
except ValueError as e:
    for part in traceback.format_exception(e): show(part)
