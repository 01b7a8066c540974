from ..util import helper, CONST
from .sibling import SIB
def leaf_fn():
    return 'leaf_fn: ' + helper(CONST) + ' ' + SIB
print('pkg_demo.sub.leaf: loaded as', __name__)
