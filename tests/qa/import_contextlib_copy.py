# contextlib.contextmanager / suppress and copy.deepcopy.
import contextlib, copy

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["x"]
a = [[1, 2], {"k": [3]}]
b = copy.deepcopy(a)
b[0].append(9)
print(a, b, copy.copy(a)[0] is a[0])
