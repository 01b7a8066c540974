# The @ operator via __matmul__, __rmatmul__ and __imatmul__.
class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, Mat):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul with " + type(other).__name__
    def __repr__(self):
        return "Mat(%r)" % (self.rows,)
a = Mat([[1, 2], [3, 4]])
b = Mat([[5, 6], [7, 8]])
print(a @ b)
print(b @ a)
print(a @ b @ a)
print(3 @ a)
c = a
c @= b
print(c, c is a)
class InPlace:
    def __init__(self): self.n = 0
    def __imatmul__(self, o):
        self.n += o
        return self
ip = InPlace()
ip2 = ip
ip @= 5
ip @= 6
print(ip.n, ip is ip2)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
