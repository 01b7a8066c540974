print('pkg_demo.sub: __init__ running')
from .. import util as parent_util
from .leaf import leaf_fn
from . import sibling
SUB_NAME = __name__
