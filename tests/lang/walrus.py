# Assignment expressions (:=).
if (n := len('hello')) > 3:
    print('long', n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
out = []
while (v := next(vals)) != 0:
    out.append(v)
print(out)
print((a := 10) + a)
print(a)
def f():
    if (m := 5):
        return m * 2
print(f())
total = 0
partials = [total := total + i for i in range(5)]
print(partials, total)
print([(last := c) for c in 'abc'], last)
def g():
    [z := 1 for _ in range(1)]
    return z
print(g())
print(x if (x := 0) else 'zero')
print(any((hit := w) == 'b' for w in 'abc'), hit)
