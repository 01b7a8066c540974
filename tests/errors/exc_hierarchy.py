# The builtin exception hierarchy.
names = ['BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'Exception',
         'StopIteration', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'FloatingPointError',
         'AssertionError', 'AttributeError', 'EOFError', 'ImportError', 'ModuleNotFoundError',
         'LookupError', 'IndexError', 'KeyError', 'MemoryError', 'NameError', 'UnboundLocalError',
         'OSError', 'FileNotFoundError', 'FileExistsError', 'PermissionError', 'IsADirectoryError',
         'RuntimeError', 'RecursionError', 'NotImplementedError', 'SyntaxError', 'IndentationError',
         'TabError', 'SystemError', 'TypeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError',
         'UnicodeEncodeError', 'StopAsyncIteration', 'TimeoutError', 'ConnectionError', 'BrokenPipeError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, '->', cls.__bases__[0].__name__, [c.__name__ for c in cls.__mro__][-2:])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(IOError is OSError, EnvironmentError is OSError)
print(isinstance(ValueError(), Exception), isinstance(SystemExit(), Exception), isinstance(KeyError(), LookupError))
try:
    {}['x']
except LookupError as e:
    print('caught KeyError as LookupError:', type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print('caught as ArithmeticError:', type(e).__name__)
try:
    [].pop()
except (KeyError, IndexError) as e:
    print('tuple handler:', type(e).__name__)
