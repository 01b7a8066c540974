if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
x = [y := f(x), y ** 2]
print(z := 1)
data = [j for i in range(3) if (j := i * 2)]
(a := 1)
foo(x := 3, cat='vector')
def f():
    return [total := total + v for v in values]
w = {(k := 1): 2}
v = (a, b := 2)
