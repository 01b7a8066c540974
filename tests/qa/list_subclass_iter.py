# A list subclass that overrides __iter__: list(), tuple(), [*x], sorted(),
# str.join() and unpacking must go through the override (CPython only takes
# the fast path for exact lists).
class Evens(list):
    def __iter__(self):
        return (str(v) for v in list.__iter__(self) if v % 2 == 0)

e = Evens([1, 2, 3, 4])
print(list(e), tuple(e), [*e], sorted(e, reverse=True))
print(",".join(e), len(e), e[0])
a, b = e
print(a, b)
print(list(map(int, e)), set(e) == {"2", "4"})
