# About five million short-lived objects; only running checksums survive.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
total = 0
for i in range(2000000):
    p = Point(i, i + 1)
    total += p.x + p.y
print(total)
acc = 0
for i in range(2000000):
    t = (i, i * 2)
    acc = (acc * 31 + t[1]) % 1000000007
print(acc)
s = 0
for i in range(1000000):
    lst = [i, i, i]
    s += len(lst)
print(s)
