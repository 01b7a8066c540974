# range() constructor arguments.
print(range(5), range(2, 5), range(2, 10, 3), range(10, 0, -2), range(-5), list(range(-5)))
print(list(range(True, 4)), range(0, 10, 3)[-1], list(range(10 ** 20, 10 ** 20 + 3)))
class I:
    def __index__(self):
        return 3
print(list(range(I())), range(I(), 10, I()))
for args in [(1.5,), ('3',), (1, 2, 0), ()]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
