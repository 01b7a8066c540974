def f(x: int | None = None, y: list[int] | dict[str, int] | None = None) -> str | bytes:
    return 'ok'
print(f(), f.__annotations__)
u = int | str
print(u, type(u).__name__, u.__args__, isinstance(3, u), isinstance(3.0, u), isinstance(None, int | None))
print(issubclass(bool, int | str), int | str == str | int, (int | int), int | None | str)
print(hash(int | str) == hash(str | int), None | int)
try:
    int | 3
except TypeError as e: print(e)
class A: pass
print(A | None, isinstance(A(), A | int))
