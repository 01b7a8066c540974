# Short-lived large objects (100 KB strings, 100k-element list copies)
# must not make the loop pathologically slow (CPython: ~0.3 s).
base = "y" * 100000
n = 0
for i in range(30000):
    n += len(base + "z")
print(n)
big = list(range(100000))
m = 0
for i in range(300):
    m += len(list(big))
print(m)
