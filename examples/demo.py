"""A short tour of Weft: run with `make demo`; the output matches python3."""


# Classes, inheritance, properties and dunder methods.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


class Named(Vector):
    def __init__(self, name, x, y):
        super().__init__(x, y)
        self.name = name

    def __repr__(self):
        return f"{self.name}@{super().__repr__()}"


v = Vector(1, 2) + Vector(3, 4) * 2
print(v, v.norm2, v == Vector(7, 10))
print(Named("p", 5, 6), isinstance(Named("q", 0, 0), Vector))


# Generators, closures and comprehensions.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


bump = counter()
bump()
bump(5)
print(take(12, fib()), bump())
squares = {n: n * n for n in range(1, 8) if n % 2}
words = "the quick brown fox jumps over the lazy dog".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(squares, sorted(by_len.items()))
print(sum(x * x for x in range(100)), max(words, key=len), sorted(set(words))[:4])

# f-strings and formatting.
pi = 3.141592653589793
print(f"{pi:.3f} {pi:>10.2e} {255:#x} {1234567:,} {'left':<8}| {42!r:^6}|")


# Exceptions: custom classes, chaining, finally.
class ParseError(ValueError):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"not a number: {text!r}") from exc
    finally:
        print("parsed", repr(text))


for t in ["42", "x1"]:
    try:
        print("value", parse(t))
    except ParseError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

# Big integers.
fact = 1
for i in range(1, 51):
    fact *= i
print(fact)
print(2 ** 200 // 3 ** 50, (-7) // 2, divmod(10 ** 30 + 7, 97), hex(2 ** 100))

# Sorting with keys, lambdas, enumerate and unpacking.
people = [("ada", 36), ("linus", 28), ("grace", 45), ("alan", 41)]
ranked = sorted(people, key=lambda p: -p[1])
for i, (name, age) in enumerate(ranked, 1):
    print(f"{i}. {name.title():6} {age}")
first, *rest = ranked
print(first, len(rest))
