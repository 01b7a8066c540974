import a
import a.b.c
import a.b.c as d
import a, b as c, d.e
from a import b
from a import b as c
from a import (b, c)
from a import (b, c,)
from a import (b as c,
               d as e)
from a.b import *
from . import x
from .. import y
from ... import z
from .... import w
from .a import b
from ..a.b import c as d
from .... a import b
from . a import (b)
import os.path as osp
