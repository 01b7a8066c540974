# Default argument values: evaluated once at definition time.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
print(append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 5
def snap(v=counter):
    return v
counter = 99
print(snap())
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, c=9), f(1, 8), f(*[1, 2, 3]))
print(f.__defaults__)
def evaluated():
    print('default evaluated')
    return 0
def g(x=evaluated()):
    return x
print('defined g')
print(g(), g(), g(1))
def h(a, b=[], *args, c={}, **kw):
    return len(b), args, c, kw
print(h(1), h(1, [1], 2, c={'x': 1}, z=0))
print(h.__kwdefaults__)
