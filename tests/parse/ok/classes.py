class A:
    pass

class B(A):
    x = 1

class C(A, B, metaclass=M):
    def method(self):
        return self

class D(*bases, **kw):
    pass

class E():
    """doc"""

class F(object, metaclass=type, other=1):
    class Nested:
        class Deeper:
            pass

class G(A,):
    y: int = 2
    def __init__(self):
        self.__private = 1
        self._protected = 2
    def __dunder__(self):
        return self.__private
