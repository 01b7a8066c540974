import tsan_mods

tsan_mods.executions.append("broken")
raise ValueError("broken on purpose")
