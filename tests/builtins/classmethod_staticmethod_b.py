# classmethod() and staticmethod() used as plain functions.
class C:
    def plain(x):
        return x
    cm = classmethod(lambda cls, a: (cls.__name__, a))
    sm = staticmethod(plain)
class D(C):
    pass
print(C.cm(1), D.cm(2), D().cm(3), C.sm(4), C().sm(5))
print(type(C.__dict__['cm']).__name__, type(C.__dict__['sm']).__name__)
print(C.__dict__['sm'].__func__ is C.__dict__['plain'])
print(staticmethod(len)('abc') if hasattr(staticmethod, '__call__') else 3)
bound = C.cm
print(bound.__self__ is C, bound.__func__.__name__)
