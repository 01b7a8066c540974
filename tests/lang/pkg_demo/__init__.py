# Helper package for the import tests (not a test itself).
print('pkg_demo: __init__ running, __name__ =', __name__)
VERSION = (1, 2)
from . import util
from .util import helper as pkg_helper
