# collections.deque: construction, both ends, maxlen, indexing, rotation,
# searching, comparisons, operators, repr, copying, iteration, subclasses.
from collections import deque
import copy

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.clear()
print(d, d.maxlen)

# maxlen: the opposite end is trimmed
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(20, 25))
print(b)
b.extendleft('pq')
print(b)
z = deque(maxlen=0)
z.append(1)
z.extend(range(5))
print(z, len(z))
print(deque('abc', 5), deque('abc', True), deque(maxlen=None))

# indexing, assignment, deletion (negative indices too)
d = deque('abcdefg')
print(d[0], d[-1], d[3], d[-7])
d[1] = 'B'
d[-2] = 'F'
del d[0]
del d[-1]
del d[2]
print(d)

# rotate, reverse, insert, remove, index, count
d = deque(range(8))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(8 * 5 + 2)
print(d)
d.rotate(0)
d.reverse()
print(d)
d.insert(0, 'first')
d.insert(100, 'last')
d.insert(-100, 'front')
d.insert(3, 'mid')
d.insert(-2, 'neg')
print(d)
d.remove('mid')
print(d, d.index(5), d.index(5, 2), d.index(5, -9, -1))
print(deque([1, 2, 1, 1]).count(1), deque([1.0, 1, True]).count(1), 3 in deque([1, 2, 3]))
print('x' in deque('abc'), [1] in deque([[1], [2]]))

# comparisons and hashing
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]))
print(deque([2]) > deque([1, 9]), deque([]) >= deque([]))
print(deque([1]) == [1], deque.__hash__)

# operators
e = deque([1, 2], maxlen=5)
print(e + deque([3]), e * 2, 2 * e, e * 0, e * -1)
print(deque([1, 2, 3], maxlen=5) * 2, deque([7], maxlen=4) * 10)
e += [3, 4]
print(e)
e *= 2
print(e)
e += e
print(e)
f = deque([1, 2])
f += f
f *= 1
print(f)

# repr of recursive deques; str
r = deque([1])
r.append(r)
print(r, str(deque(['a', 1.5])))

# copies
c = deque([[1], 2], maxlen=4)
c1 = c.copy()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c[0].append(9)
print(c1, c2, c3, c1.maxlen, c3.maxlen, c1 is c)
print(c.__reduce__()[:3])

# iteration
d = deque(range(5))
print(list(d), list(reversed(d)), sorted(d, reverse=True))
it = iter(d)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
ri = reversed(d)
print(next(ri), next(ri), list(ri))
print(list(deque()), list(reversed(deque())))

# generics and subclasses
print(deque[int].__origin__ is deque, deque[int].__args__, deque.__name__, deque.__module__)


class Stack(deque):
    def __init__(self, items=(), tag='t'):
        super().__init__(items)
        self.tag = tag

    def push(self, x):
        self.append(x)


s = Stack([1, 2], tag='mine')
s.push(3)
print(s, s.tag, len(s), isinstance(s, deque), s.copy(), type(s + s).__name__)
print(repr(Stack()), Stack(range(3)) == deque(range(3)))


class Bounded(deque):
    pass


bb = Bounded('abc', 2)
print(bb, bb.copy(), type(bb * 2).__name__, bb.__reduce__()[:3])
bb.attr = 1
print(bb.__reduce__()[2])

# a deque grows and shrinks through many sizes
q = deque()
for i in range(5000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
while len(q) > 10:
    q.pop()
    q.popleft()
print(q)
