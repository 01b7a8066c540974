# Uncaught error in an attribute-store target: CPython 3.11 underlines the
# target (obj.b) with carets in the traceback.
class X:
    __slots__ = ("a",)

def g(obj):
    obj.b = 1

print("start")
g(X())
