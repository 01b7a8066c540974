import contextlib
import sys
from contextlib import (contextmanager, closing, suppress, redirect_stdout,
                        redirect_stderr, nullcontext, ExitStack,
                        AbstractContextManager, ContextDecorator)
import io

@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught in gen", e)
    finally:
        print("exit", name)

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("boom")
print("after b")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated KeyError", e)
print(tag.__name__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def keeps_yielding():
    try:
        yield
    except Exception:
        yield
try:
    with keeps_yielding():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    with reraiser():
        1 / 0
except ValueError as e:
    print("ValueError", e, type(e.__cause__).__name__)

@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes through", e)
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError passes through", e)

@contextmanager
def deco():
    print("deco enter")
    yield
    print("deco exit")
@deco()
def work(x):
    print("working", x)
    return x * 2
print(work(3), work(4))

class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as th:
    print("using", type(th).__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")

buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("hidden")
print("captured", repr(buf.getvalue()), b is buf)
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write("err text\n")
print("captured err", repr(ebuf.getvalue()))

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2", end="!\n")
    v = stack.enter_context(tag("es"))
    print("in stack", v)
    def exit_cb(*exc):
        print("push cb", exc[0])
    stack.push(exit_cb)

with ExitStack() as stack:
    def suppressor(*exc):
        print("suppressor sees", exc[0].__name__ if exc[0] else None)
        return True
    stack.push(suppressor)
    stack.callback(print, "runs first")
    raise ValueError("swallowed")
print("after suppress stack")

try:
    with ExitStack() as stack:
        def raiser(*exc):
            raise KeyError("from callback")
        stack.push(raiser)
        stack.callback(print, "cb before raise")
except KeyError as e:
    print("KeyError from stack", e)

try:
    with ExitStack() as stack:
        stack.push(lambda *e: print("got", e[0].__name__))
        def r2(*exc):
            raise TypeError("second")
        stack.push(r2)
        raise ValueError("first")
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)

stack = ExitStack()
stack.callback(print, "deferred")
new = stack.pop_all()
stack.close()
print("closing new")
new.close()

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("CM enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("CM exit", self.n, exc[0])
        return False
with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    print(vals)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)

class MyCM(AbstractContextManager):
    def __exit__(self, *exc):
        print("MyCM exit")
with MyCM() as m:
    print(type(m).__name__)
print(issubclass(CM, AbstractContextManager), isinstance(CM(1), AbstractContextManager),
      issubclass(int, AbstractContextManager))

class Decor(ContextDecorator):
    def __enter__(self):
        print("Decor enter")
        return self
    def __exit__(self, *exc):
        print("Decor exit", exc[0])
        return False
@Decor()
def g():
    print("in g")
g()
print(contextlib.nullcontext.__name__)

@contextmanager
def gen_value():
    yield [1, 2]
with gen_value() as lst:
    print(lst)
cm = gen_value()
with cm as a:
    pass
print("reuse ok", a)
