# import ... as ..., and module identity through aliases.
import pkg_demo.util as u
import pkg_demo.util as u2
import pkg_demo as p
print(u is u2, u is p.util, u.CONST)
import sys as system, math as m
print(system is __import__('sys'), m.floor(3.7))
from pkg_demo import util as utility, VERSION as V
print(utility is u, V)
import pkg_demo.sub.sibling
print(pkg_demo.sub.sibling.SIB)
print('pkg_demo' in dir(), 'sub' in dir())
