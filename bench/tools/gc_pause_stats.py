"""Collector pauses as Weft itself measures them (gc._weft_stats(), a
Weft-only function): 1 M live tuples, then 6 M short-lived allocations.
Prints collections, max pause (ms), mean pause (ms) and the churn time (s).
docs/gc.md quotes it (lazy against eager sweeping).

    ./weft bench/tools/gc_pause_stats.py
"""
import gc
import time

live = [(i, [i], str(i)) for i in range(1000000)]
t = time.perf_counter()
for k in range(6000000):
    x = (k, [k])
s = gc._weft_stats()
n = max(1, s["collections"])
print(s["collections"], round(s["max_pause_ns"] / 1e6, 1),
      round(s["total_pause_ns"] / 1e6 / n, 1), round(time.perf_counter() - t, 2))
