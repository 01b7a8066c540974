x: int
y: int = 1
(z): str = "a"
a.b: list[int] = []
c[0]: float
d: "forward" = None
e: tuple[int, ...] = (1, 2)
class K:
    attr: int = 0
    other: dict[str, int]
def f():
    local: int = 5
    g: list = [i for i in range(3)]
    return local
