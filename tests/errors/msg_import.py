# ImportError / ModuleNotFoundError messages.
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.path
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from definitely_not_a_module import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('also_missing')
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from . import sibling')
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
