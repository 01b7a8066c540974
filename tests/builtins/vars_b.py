# vars()
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)['c'] = 3
print(p.c)
print(sorted(k for k in vars(P) if not k.startswith('__')))
def f():
    x = 1
    return sorted(vars())
print(f())
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
class Slots:
    __slots__ = ('s',)
try:
    vars(Slots())
except TypeError as e:
    print('TypeError', e)
print(vars()['__name__'])
