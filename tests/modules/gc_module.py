# gc.collect / enable / disable / isenabled.
import gc
print(gc.isenabled())
n = gc.collect()
print(type(n).__name__, n >= 0)
gc.disable()
print(gc.isenabled())
garbage = []
for i in range(1000):
    a = []
    a.append(a)
print(gc.collect() >= 0)
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
for i in range(100):
    x, y = Node(), Node()
    x.other, y.other = y, x
print(type(gc.collect()).__name__)
print(gc.isenabled())
