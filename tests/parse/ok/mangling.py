class A:
    __x = 1
    def __m(self, __p):
        self.__y = __p
        return self.__x
    def __dunder__(self):
        __local = 1
        return __local
    class __Inner:
        __z = 2
class _B:
    __q = 1
class __:
    __r = 1
