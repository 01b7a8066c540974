# Relative imports inside a package; circular imports between submodules.
import pkg_demo.sub as s
print(s.parent_util.CONST)
print(s.leaf_fn())
print(s.sibling.SIB)
from pkg_demo import circ_a
print(circ_a.seen_from_b())
print(circ_a.A_AFTER)
import pkg_demo.circ_b as cb
print(cb.circ_a is circ_a)
try:
    exec('from . import x')
except ImportError as e:
    print(type(e).__name__, e)
