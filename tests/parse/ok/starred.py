a, *b = c
*a, b = c
[a, *b] = c
(*a, b) = c
print(*args)
x = [*a, *b]
y = {*a, *b}
z = (*a, *b)
w = *a, *b
for *x, y in z:
    pass
def f():
    return *a, *b
first, *_ = it
a[*idx]
