# divmod()
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(1, 0.3), divmod(2 ** 100, 3 ** 40))
print(divmod(True, 2), divmod(7, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError', e)
class D:
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
print(divmod(D(), 1), divmod(1, D()))
