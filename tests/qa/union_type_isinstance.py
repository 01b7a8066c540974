# types.UnionType objects: repr, equality, isinstance/issubclass support.
u = int | str
print(u, type(u).__name__, u == (str | int), int | None)
print(isinstance(3, int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | float), u.__args__)
