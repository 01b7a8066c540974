# Deeply nested structures built iteratively, traversed, then dropped.
deep = None
for i in range(100000):
    deep = [i, deep]
n = 0
cur = deep
while cur is not None:
    n += cur[0] % 7
    cur = cur[1]
print(n)
d = {}
cur = d
for i in range(50000):
    cur['next'] = {}
    cur['v'] = i
    cur = cur['next']
depth = 0
cur = d
while 'next' in cur:
    depth += 1
    cur = cur['next']
print(depth)
t = ()
for i in range(50000):
    t = (i, t)
length = 0
while t:
    length += 1
    t = t[1]
print(length)
deep = None
d = None
print('dropped')
