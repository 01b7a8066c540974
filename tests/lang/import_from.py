# from-import forms, aliases and import errors.
from pkg_demo.util import helper, CONST as C
print(helper('hi'), C)
from pkg_demo import util, sub
print(util.CONST, sub.SUB_NAME)
from pkg_demo.sub import leaf_fn, sibling
print(leaf_fn(), sibling.SIB)
from pkg_demo.util import (
    Tool,
    load_count,
)
print(Tool().use(), load_count)
try:
    from pkg_demo.util import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_demo.no_such_sub
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
def local_import():
    from pkg_demo.sub.sibling import SIB
    return SIB
print(local_import())
print('SIB' in dir())
