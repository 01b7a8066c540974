# sys.modules manipulation and sys.path contents.
import sys
import math
print('math' in sys.modules, sys.modules['math'] is math)
print(sys.path[0] != None, len(sys.path) > 0)
print(sorted(k for k in ('sys', 'builtins', 'math', '__main__') if k in sys.modules))
mod = sys.modules[__name__]
print(mod.__name__, hasattr(mod, 'math'))
X = 'module global'
print(getattr(sys.modules['__main__'], 'X'))
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
