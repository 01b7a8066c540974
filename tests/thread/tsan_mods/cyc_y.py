import time
import tsan_mods

tsan_mods.executions.append("cyc_y")
time.sleep(0.1)
from tsan_mods import cyc_x
Y = "y"
