# Function object attributes.
def outer():
    """Outer docstring."""
    def inner(x, y=2):
        "inner doc"
        return x
    return inner
f = outer()
print(outer.__name__, outer.__qualname__, outer.__doc__)
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__module__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc() is None)
nodoc.custom = 42
print(nodoc.custom, nodoc.__dict__)
nodoc.__name__ = 'renamed'
print(nodoc.__name__)
class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(K.method.__qualname__, K.Inner.deep.__qualname__)
print(callable(f), callable(K), callable(K()), callable(3))
print(f.__code__.co_name, f.__code__.co_argcount)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def with_closure():
    v = 1
    def c():
        return v
    return c
print(len(with_closure().__closure__), with_closure().__closure__[0].cell_contents)
print(outer.__closure__)
print(type(outer).__name__)
