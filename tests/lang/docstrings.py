"""Module docstring for the docstrings test."""
def f():
    """Function docstring."""
    return 1
def g():
    'single-quoted docstring'
def h():
    x = 1
    """not a docstring: not the first statement"""
    return x
class C:
    """Class docstring.

    With several lines.
    """
    def m(self):
        """Method docstring."""
print(__doc__)
print(f.__doc__, g.__doc__, h.__doc__)
print(C.__doc__)
print(C.m.__doc__, C().m.__doc__)
def nodoc(): pass
print(nodoc.__doc__)
lam = lambda: None
print(lam.__doc__)
def fdoc():
    f"""f-strings are not docstrings"""
print(fdoc.__doc__)
class D:
    pass
print(D.__doc__)
