# tsan_import_cycle.py: imported by one thread while another imports cyc_y;
# each imports the other, so the two threads would wait for each other.
import time
import tsan_mods

tsan_mods.executions.append("cyc_x")
time.sleep(0.1)
from tsan_mods import cyc_y
X = "x"
