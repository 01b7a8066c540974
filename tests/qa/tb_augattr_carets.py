# AttributeError inside `obj.attr += 1`: CPython underlines obj.attr.
class Stats:
    pass

def record(stats):
    stats.hits += 1

print("start")
record(Stats())
