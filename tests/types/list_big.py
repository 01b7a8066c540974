# Larger lists: growth, shrink, insertion at the front, search, slicing.
l = []
for i in range(100000):
    l.append(i * 2)
print(len(l), l[0], l[-1], l[50000], sum(l))
while len(l) > 10:
    l.pop()
print(l)
front = []
for i in range(2000):
    front.insert(0, i)
print(front[:5], front[-5:], len(front))
big = list(range(50000))
print(big.index(49999), 49999 in big, -1 in big, big.count(7))
big[1000:40000] = []
print(len(big), big[999], big[1000])
big.reverse()
print(big[:3])
big.sort()
print(big[:3], big[-3:])
print(len([0] * 1000000), len(list(range(10 ** 5)) * 3))
nested = [[i] * 3 for i in range(1000)]
print(sum(sum(x) for x in nested), nested[999])
del big[::2]
print(len(big), big[:3])
copies = [big[:] for _ in range(10)]
print(sum(len(c) for c in copies))
