# zip() including strict=True.
print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], 'abc', (True,))))
print(dict(zip('ab', [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])), list(zip(range(3), range(10, 13))))
z = zip('xy', [1, 2])
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print('ValueError', e)
pulled = []
def gen(name, n):
    for i in range(n):
        pulled.append(name + str(i))
        yield i
print(list(zip(gen('a', 3), gen('b', 1))), pulled)
try:
    zip(1)
except TypeError as e:
    print('TypeError', e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
