# The iterator protocol with user classes.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
class Manual:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i * 10
m = Manual(3)
for v in m:
    print('v', v)
print(list(m))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'item%d' % i
print(list(GetItemOnly()), 'item1' in GetItemOnly())
it = iter(GetItemOnly())
print(next(it), next(it), next(it), next(it, 'exhausted'))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__)
print(type(iter({})).__name__, type(iter(range(3))).__name__)
i = iter([1, 2, 3])
print(next(i), list(i), list(i))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Countdown(3), 'abc')))
print(list(enumerate(Manual(2))))
