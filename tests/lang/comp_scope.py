# Comprehensions have their own scope; the first iterable is evaluated outside.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
y = [1, 2, 3]
print([y for y in y])
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g():
    data = [1, 2]
    return [[d * k for d in data] for k in range(1, 3)]
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
def h():
    items = [lambda: j for j in range(3)]
    return [it() for it in items]
print(h())
z = 5
print({z: z for z in range(2)}, z)
print({z for z in range(2)}, z)
print(list(z for z in range(2)), z)
try:
    [undefined_name_q for _ in range(1)]
except NameError as e:
    print(e)
print([[i, j] for i in range(2) for j in range(i, 2)])
class A:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(A.doubled)
def nested_closure():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[fn() for fn in row] for row in nested_closure()])
