# A class that sets __iter__ = None is explicitly not iterable.
class NoIter:
    __iter__ = None

try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(e)
