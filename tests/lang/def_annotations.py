# Function, variable and class annotations are stored, not enforced.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return a
print(f('not an int'))
ann = f.__annotations__
for k in ann:
    print(k, ann[k])
def g(x, y):
    return x
print(g.__annotations__)
x: int = 5
y: str
print(x)
print(__annotations__)
class C:
    a: int
    b: str = 'hi'
    c = 3
print(C.__annotations__)
print(C.b, hasattr(C, 'a'))
def h(n: 'forward ref') -> 'Result':
    pass
print(h.__annotations__)
def local():
    z: int = 3
    w: int
    return z
print(local())
lst = [0]
lst[0]: int = 7
print(lst)
