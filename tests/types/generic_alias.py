print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
x = list[int]
print(x.__origin__, x.__args__, x([1, 2]), x == list[int], hash(x) == hash(list[int]))
def f(a: tuple[int, int], b: dict[str, float] = None) -> list[str]:
    return [str(a)]
print(f((1, 2)), f.__annotations__)
class A: pass
try:
    A[int]
except TypeError as e:
    print(e)
class B:
    def __class_getitem__(cls, item):
        return f"B of {item!r}"
print(B[int], set[A])
