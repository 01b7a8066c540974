# Conditional expressions.
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
print(x if x > 3 else -x, (x if x < 3 else -x) * 2)
print([i if i % 2 else -i for i in range(6)])
def side(v):
    print('side', v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
f = (lambda a: 'big') if x > 3 else (lambda a: 'small')
print(f(0))
print(1 if [] else 2 if {} else 3 if () else 4)
y = (yield_ := 7) if x else 0
print(y, yield_)
print('a' if 'b' else 'c', 'a' if '' else 'c')
