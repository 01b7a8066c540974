# The del statement on names, items, slices and attributes.
a = 1
del a
print('a' in dir())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O: pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, 'x'), o.y)
try:
    del o.x
except AttributeError:
    print('AttributeError on second del')
p, q, r = 1, 2, 3
del p, q
print('p' in dir(), 'r' in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
x = [1, 2, 3]
y = x
del x
print(y)
try:
    print(x)
except NameError as e:
    print(e)
def local_del():
    v = 5
    del v
    return 'v' in locals()
print(local_del())
m = [0, 1, 2, 3, 4, 5, 6]
del m[-2:], m[0]
print(m)
(s, t) = (1, 2)
del (s, t)
print('s' in dir())
[u] = [9]
del [u]
print('u' in dir())
