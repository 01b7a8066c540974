# PEP 604 unions (X | None) in annotations are evaluated at def time; they
# are everywhere in modern type-hinted code.
def find(items: list[str], key: str | None = None) -> int | None:
    return items.index(key) if key in items else None

class Node:
    def __init__(self, value: int, parent: "Node | None" = None, kids: list[int] | None = None):
        self.value = value

print(find(["a", "b"], "b"), find([], None), Node(1).value)
print(find.__annotations__["key"], find.__annotations__["return"])
