# dir()
class A:
    a_attr = 1
    def a_method(self):
        pass
class B(A):
    b_attr = 2
b = B()
b.inst = 3
names = dir(b)
print([n for n in names if not n.startswith('__')])
print(names == sorted(names), '__init__' in names, '__class__' in names)
print([n for n in dir(B) if not n.startswith('_')])
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}))
class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(Custom()))
import sys
print('path' in dir(sys), 'argv' in dir(sys))
