# from module import * honours __all__ and skips underscore names.
from pkg_demo.stars import *
print(public_a, public_b)
print('not_listed' in dir())
from pkg_demo.nostar import *
print(visible, func())
print('_private' in dir())
import pkg_demo.nostar
print(pkg_demo.nostar._private)
