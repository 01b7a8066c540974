import contextlib, sys, io, traceback
from contextlib import contextmanager, ExitStack, suppress

@contextmanager
def cm():
    try:
        yield
    finally:
        print("cleanup")

def f():
    with cm():
        raise ValueError("inner")
try:
    f()
except ValueError as e:
    print("caught", e)

@contextmanager
def converts():
    try:
        yield
    except KeyError:
        raise TypeError("converted")
try:
    with converts():
        raise KeyError("k")
except TypeError as e:
    print(repr(e), repr(e.__context__))

@contextmanager
def stopper():
    yield
    return 5
with stopper():
    pass
print("ok")

# generator re-raises StopIteration from inside
@contextmanager
def reraise():
    try:
        yield
    except StopIteration as e:
        raise
try:
    with reraise():
        raise StopIteration("x")
except StopIteration as e:
    print("StopIteration", e)

@contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", repr(e))
with swallow():
    raise StopIteration("in body")
print("after swallow")

def gen_exit():
    with ExitStack() as s:
        s.callback(print, "a")
        s.callback(lambda: 1 / 0)
        s.callback(print, "c")
        raise KeyError("body")
try:
    gen_exit()
except ZeroDivisionError as e:
    print("ZDE context:", repr(e.__context__))

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner cb")
    outer.callback(print, "outer cb")

try:
    with ExitStack() as s:
        s.push(lambda *a: False)
        raise IndexError("kept")
except IndexError as e:
    print("kept", e, e.__context__)

# exception raised by callbacks in sequence
def raise_(exc):
    raise exc
try:
    with ExitStack() as s:
        s.callback(raise_, IndexError(1))
        s.callback(raise_, KeyError(2))
        s.callback(raise_, ValueError(3))
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

cm2 = suppress(ValueError)
with cm2:
    raise ValueError
with cm2:
    pass
print("reusable suppress")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("remaining", repr(eg.exceptions))
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except ExceptionGroup:
    print("groups are not looked into")

x = contextlib.nullcontext([1])
with x as a, x as b:
    print(a is b)
s = ExitStack()
print(s.push(None) if False else "skip", s.callback(len, "abc") is len)
@contextmanager
def recreated(n):
    print("enter", n)
    yield
    print("exit", n)
@recreated(7)
def twice_called():
    print("body")
twice_called(); twice_called()
