# Reference cycles that become garbage must be collectable (and not corrupt live data).
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
        self.prev = None
live = Node('live-head')
cur = live
for i in range(1000):
    n = Node(i)
    cur.next = n
    n.prev = cur
    cur = n
for round_no in range(200):
    a = Node(round_no)
    b = Node(-round_no)
    a.next = b
    b.next = a
    ring = [Node(i) for i in range(50)]
    for i in range(50):
        ring[i].next = ring[(i + 1) % 50]
    ring = None
    a = b = None
print(gc.collect() >= 0)
count = 0
cur = live
while cur.next is not None:
    cur = cur.next
    count += 1
print(count, cur.v, cur.prev.v, live.next.v)
selfref = []
for i in range(10000):
    l = [i]
    l.append(l)
print(l[1][1][1][0])
d = {}
d['me'] = d
d = None
gc.collect()
print('done')
