# Nested classes, classes in functions, class-level constants.
class Outer:
    class Inner:
        class Deepest:
            pass
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer().make().who())
def factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value * 2
    return Made
A = factory(1)
B = factory(10)
print(A().get(), B().get(), A is B, A.__qualname__)
class Node:
    class Leaf:
        def __init__(self, v): self.v = v
    def __init__(self, *vals):
        self.leaves = [Node.Leaf(v) for v in vals]
print([l.v for l in Node(1, 2, 3).leaves])
class Color:
    RED = 1
    GREEN = 2
    ALL = (RED, GREEN)
print(Color.ALL, Color.RED)
