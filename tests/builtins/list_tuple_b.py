# list() and tuple() constructors.
print(list(), list('ab'), list((1, 2)), list({'x': 1, 'y': 2}), list(range(3)), list(b'AB'), list({3}))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple({'x': 1}.values()), tuple(x * x for x in range(3)))
l = [1, 2]
print(list(l) is l, list(l) == l)
t = (1, 2)
print(tuple(t) is t, tuple(l))
for bad in (5, None):
    try:
        list(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        tuple(bad)
    except TypeError as e:
        print('TypeError', e)
print(list(map(str, range(3))), tuple(zip('ab', 'cd')), list(enumerate('z')))
