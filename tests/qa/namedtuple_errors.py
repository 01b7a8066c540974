# namedtuple error messages match CPython's.
from collections import namedtuple
P = namedtuple("P", ["x", "y"], defaults=[0])
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
p = P(1)
try:
    p.x = 5
except AttributeError as e:
    print(e)
print(p, P._field_defaults)
