# A tuple subclass that overrides __iter__ is iterated through the override
# by list(), [*t], str.join() and unpacking.
class Names(tuple):
    def __iter__(self):
        return (f"n{v}" for v in tuple.__iter__(self))

t = Names((1, 2))
x, y = t
print(x, y, t[0], len(t))
print(list(t), [*t], "-".join(t), sorted(t))
