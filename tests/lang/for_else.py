# for loops over various iterables, with else clauses.
for x in [1, 2, 3]:
    print('list', x)
for ch in 'hey':
    print('str', ch)
for k in {'a': 1, 'b': 2}:
    print('dict key', k)
for t in (10, 20):
    print('tuple', t)
for i in range(3):
    pass
print('i after loop', i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('else after empty loop')
for x in [1, 2]:
    if x == 2:
        break
else:
    print('not printed')
print('x is', x)
for i, ch in enumerate('ab'):
    print(i, ch)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i in range(10, 0, -3):
    print('down', i)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print('v', v)
for b in b'AB':
    print('byte', b)
for x in range(3):
    for y in range(3):
        if y > x:
            break
        print(x, y, end='; ')
print()
