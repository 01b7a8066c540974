# Insertion order is preserved through updates, deletions and reinsertion.
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(list(d))
d['a'] = 'changed'
print(list(d.items()))
del d['z']
d['z'] = 'back'
print(list(d))
d.pop('m')
d.update({'m': 1, 'a': 2})
print(list(d.items()))
numbers = {}
for i in range(20, 0, -3):
    numbers[i] = i
print(numbers)
for i in list(numbers):
    if i % 2:
        del numbers[i]
numbers[1] = 1
print(numbers)
big = {}
for i in range(100):
    big[str(i)] = i
for i in range(0, 100, 3):
    del big[str(i)]
for i in range(0, 100, 9):
    big[str(i)] = -i
print(list(big)[:12], list(big)[-6:])
print(dict(sorted({'c': 3, 'a': 1, 'b': 2}.items())))
print(list({3: 'x', 1: 'y', 2: 'z'}.values()), next(iter({'first': 1, 'second': 2})))
