# closures_calls.py -- function-call overhead in its many forms.
# Exercises: plain recursive calls (fib, ackermann-style), calls with
# keyword arguments and default values, *args / **kwargs packing and
# unpacking, closures capturing variables (read-only cells and `nonlocal`
# writes), closures returned from factories, lambdas, higher-order
# functions, bound method calls and calls through a dict of functions,
# keyword-only arguments.
#
# Usage: closures_calls.py [n]     (default: DEFAULT_SIZE; scales the loops)
import sys

DEFAULT_SIZE = 1000
SIZE_KIND = "linear"


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def weighted(a, b, c=3, d=4, *, scale=1, offset=0):
    return (a * c + b * d) * scale + offset


def varargs(*args, **kwargs):
    total = 0
    for a in args:
        total += a
    for k in kwargs:
        total += kwargs[k] * len(k)
    return total


def forward(*args, **kwargs):
    return varargs(*args, **kwargs)


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def make_adder(k):
    return lambda v: v + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        s = 0
        for x in items:
            s += x
        return s
    return add, total


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scaled(self, k=2):
        return Shape(self.w * k, self.h * k)


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    out = []

    # Recursion.
    reps = max(1, n // 2)
    f = 0
    for _ in range(reps):
        f += fib(20)
    out.append("fib(20) x%d = %d" % (reps, f))
    t = 0
    for i in range(max(1, n // 20)):
        t += tak(18 + i % 3, 12, 6)
    out.append("tak = %d" % t)

    # Keyword arguments, defaults, keyword-only arguments.
    loops = n * 800
    acc = 0
    for i in range(loops):
        acc += weighted(i, 2)
        acc += weighted(1, i, d=7)
        acc += weighted(a=i, b=1, c=2, scale=3, offset=-1)
        acc %= 1000000007
    out.append("keywords = %d" % acc)

    # *args / **kwargs.
    acc = 0
    for i in range(loops // 2):
        acc += varargs(i, 1, 2)
        acc += forward(i, x=1, yy=i)
        acc %= 1000000007
    out.append("varargs = %d" % acc)

    # Closures.
    counter = make_counter(3)
    inc = compose(make_adder(1), make_adder(2))
    add, total = make_accumulator()
    acc = 0
    for i in range(loops):
        acc = (acc + counter() + inc(i)) % 1000000007
        if i % 16 == 0:
            add(i)
    out.append("closures = %d %d %d" % (acc, counter(), total()))
    out.append("apply_n = %d" % apply_n(lambda v: (v * 5 + 1) % 65537,
                                        loops, 1))

    # Methods and dispatch through a dict of functions.
    ops = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b % 10007,
        "max": max,
    }
    names = ["add", "mul", "sub", "max", "mul"]
    acc = 1
    shapes = [Shape(i % 7 + 1, i % 5 + 1) for i in range(50)]
    for i in range(loops // 2):
        acc = ops[names[i % 5]](acc, i) % 1000003
        s = shapes[i % 50]
        acc += s.area() + s.scaled().area() + s.scaled(k=3).w
    out.append("dispatch = %d" % acc)

    print("closures_calls n=%d" % n)
    for line in out:
        print(line)


main()
