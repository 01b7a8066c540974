import tsan_mods

tsan_mods.executions.append("fast")
TABLE = {i: i * i for i in range(100)}
