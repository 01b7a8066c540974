# id(): only compared, never printed.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(None) == id(None), id(True) == id(True))
objs = [object() for _ in range(100)]
ids = {id(o) for o in objs}
print(len(ids))
x = 'some string'
print(id(x) == id(x), id(len) == id(len))
class K:
    pass
k = K()
print(id(k) == id(k), id(K) != id(k))
