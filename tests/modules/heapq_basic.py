import heapq
import random

rng = random.Random(12345)
for trial in range(6):
    data = [rng.randrange(50) for _ in range(rng.randrange(1, 25))]
    h = list(data)
    heapq.heapify(h)
    print("heapify", data, "->", h)
    h2 = []
    for x in data:
        heapq.heappush(h2, x)
    print("pushed", h2)
    out = []
    while h2:
        out.append(heapq.heappop(h2))
        if len(h2) % 3 == 0:
            print("  mid", h2)
    print("popped", out, out == sorted(data))
    h3 = list(h)
    print("replace", heapq.heapreplace(h3, 25), h3)
    print("pushpop", heapq.heappushpop(h3, 30), h3)
    print("pushpop small", heapq.heappushpop(h3, -1), h3)

print(heapq.heappushpop([], 5))
for fn in (heapq.heappop, lambda h: heapq.heapreplace(h, 1)):
    try:
        fn([])
    except IndexError as e:
        print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)

# tuples and stability of nlargest/nsmallest
words = "the quick brown fox jumps over the lazy dog and keeps running far".split()
for n in range(0, 16, 3):
    print(n, heapq.nsmallest(n, words), heapq.nlargest(n, words))
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, iter(words), key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len), heapq.nlargest(1, words, key=len))
print(heapq.nsmallest(-1, words), heapq.nlargest(2, {3: 'a', 1: 'b', 7: 'c'}))
nums = [rng.randrange(100) for _ in range(200)]
print(heapq.nlargest(7, nums), heapq.nsmallest(7, nums))
print(heapq.nlargest(5, nums, key=lambda v: v % 10), heapq.nsmallest(5, nums, key=lambda v: -v))

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([1, 2])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 5, 1], reverse=True)))
print(list(heapq.merge(['aa', 'b'], ['cc', 'd'], ['ee'], key=len, reverse=True)))
a = [(1, 'a'), (2, 'a'), (3, 'a')]
b = [(1, 'b'), (2, 'b'), (4, 'b')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(b, a, key=lambda t: t[0])))
print(list(heapq.merge(iter(range(0, 20, 3)), range(1, 20, 4), (x * 5 for x in range(5)))))

class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"{self.name}:{self.pri}"
h = []
for i, p in enumerate([5, 3, 5, 1, 3, 9, 1]):
    heapq.heappush(h, Task(p, "t%d" % i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
