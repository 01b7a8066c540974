# Annotations are evaluated at def time: tuple[...] must be subscriptable.
def pair(x: int) -> tuple[int, int]:
    return x, x

def split(s: str) -> tuple[str, ...]:
    return tuple(s.split())

print(pair(3), split("a b"))
print(tuple[int], tuple[int, ...], tuple[str, int])
