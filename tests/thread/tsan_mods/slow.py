# Imported by several threads at once: its body must run exactly once and
# every importer must get this one module object (fully initialised).
import time
import tsan_mods

tsan_mods.executions.append("slow")
time.sleep(0.05)
VALUE = sum(range(1000))


def f(x):
    return x + VALUE
