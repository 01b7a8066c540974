"""A larger program exercising many features together."""
import sys
from collections import defaultdict as dd

CONST: int = 10


class Node:
    __slots__ = ("value", "children")

    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def build(depth: int, width: int = 2) -> Node:
    if depth <= 0:
        return Node(0)
    return Node(depth, [build(depth - 1, width) for _ in range(width)])


def stats(root):
    counts = dd(int)
    for n in root.walk():
        counts[n.value] += 1
    total = sum(counts.values())
    mx = max(counts, key=lambda k: (counts[k], -k)) if counts else None
    return {"total": total, "max": mx, **{str(k): v for k, v in counts.items()}}


def main(argv=sys.argv[1:]):
    try:
        depth = int(argv[0]) if argv else 3
    except (ValueError, IndexError) as exc:
        print("bad depth:", exc, file=sys.stderr)
        return 2
    else:
        tree = build(depth)
    finally:
        pass
    s = stats(tree)
    width = max(map(len, s)) + 1
    for key, value in sorted(s.items()):
        print(f"{key:<{width}} = {value:>5}")
    while (depth := depth - 1) > 0:
        if depth % 2 == 0:
            continue
        elif depth == 1:
            break
    else:
        pass
    assert s["total"] >= 1, "empty tree"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
