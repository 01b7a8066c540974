class A: pass
A.__module__ = "m"
print(A.__module__, repr(A))
try:
    int.__module__ = "x"
except TypeError as e:
    print(e)
