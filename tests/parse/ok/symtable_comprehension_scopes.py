x = [a for a in range(3)]
def f(y):
    return [y + b for b in range(y)]
def g():
    z = 1
    return {k: z for k in range(3)}
def h():
    return [w := v for v in range(2)], w
def i():
    return (t for t in (u for u in range(2)))
class C:
    vals = [c for c in range(3)]
    first = [d for d in vals]
