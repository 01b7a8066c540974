# Explicit gc.collect() calls interleaved with allocation; disable/enable.
import gc
class Pair:
    def __init__(self):
        self.other = None
keep = []
for round_no in range(20):
    for i in range(2000):
        a, b = Pair(), Pair()
        a.other, b.other = b, a
        if i == 0:
            keep.append(a)
    gc.collect()
print(len(keep), all(k.other.other is k for k in keep))
gc.disable()
tmp = [[i] for i in range(100000)]
tmp = None
gc.enable()
print(gc.collect() >= 0, gc.isenabled())
