# Sorting: stability, keys, reverse, mixed tuples, errors.
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
print(sorted(people, reverse=True))
records = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a'), (2, '')]
records.sort(key=lambda r: r[0])
print(records)
print(sorted([3, 1.5, 2, -1, 0.0, True]))
print(sorted('hello world'), sorted({3: 'a', 1: 'b'}), sorted((5, 4, 3)))
print(sorted(['10', '9', '100'], key=int), sorted(['10', '9', '100']))
print(sorted([[3], [1, 2], [1], []]), sorted([(1, 'a'), (1,), (0, 'z', 1)]))
lst = list(range(20))
lst.sort(key=lambda x: x % 3)
print(lst)
lst.sort(key=lambda x: x % 3, reverse=True)
print(lst)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
try:
    [(1, 2), (1, 'x')].sort()
except TypeError as e:
    print('TypeError', e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted([], reverse=True), sorted([1]), sorted(range(5), key=lambda x: -x))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
