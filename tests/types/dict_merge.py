# The | and |= operators on dicts, and ** unpacking.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [('w', 0)]
print(c)
print({**a, **b}, {**b, **a}, {**a, 'x': 'override'})
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError', e)
try:
    a | 5
except TypeError as e:
    print('TypeError', e)
empty = {}
empty |= {}
print(empty, {} | {}, {'k': 1} | {})
