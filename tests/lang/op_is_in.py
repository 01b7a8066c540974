# Identity and membership operators.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, None is not None)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc', 'h' not in 'hello')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 5 in {5, 6})
print(3 in range(5), 5 in range(5), -1 in range(-5, 0))
print(b'b' in b'abc', 98 in b'abc', 1.0 in [1])
print([1] in [[1], [2]], (1,) in [(1,)])
class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
bx = Box([1, 2])
print(2 in bx, 9 not in bx)
class It:
    def __iter__(self):
        return iter([10, 20, 30])
print(20 in It(), 25 in It())
class G:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 2
print(6 in G(), 7 in G())
nan = float('nan')
lst = [nan]
print(nan in lst, nan == nan)
print(True is True, type(None) is type(None))
e1, e2 = (), []
print(e1 is not e2, x if (x := 5) in [5] else 0)
