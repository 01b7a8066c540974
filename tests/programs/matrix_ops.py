# Matrix operations with lists: multiply, transpose, determinant, inverse (exact Fractions by hand).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = q(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): o = q(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = q(o); return Q(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): o = q(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self): return Q(-self.n, self.d)
    def __eq__(self, o): o = q(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return str(self.n) if self.d == 1 else '%d/%d' % (self.n, self.d)
def q(x):
    return x if isinstance(x, Q) else Q(x)
def matmul(a, b):
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Q(0)) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = Q(0)
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        term = m[0][j] * det(minor)
        total = total + term if j % 2 == 0 else total - term
    return total
def inverse(m):
    n = len(m)
    aug = [[q(x) for x in row] + [Q(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if not aug[r][col] == 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
def show(name, m):
    print(name)
    for row in m:
        print('  ' + ' '.join('%6s' % (x,) for x in row))
A = [[Q(x) for x in row] for row in [[2, 1, 0], [1, 3, 1], [0, 1, 4]]]
B = [[Q(x) for x in row] for row in [[1, 2], [0, 1], [5, -1]]]
show('A', A)
show('A x B', matmul(A, B))
show('B^T', transpose(B))
print('det(A) =', det(A))
Ainv = inverse(A)
show('A^-1', Ainv)
show('A x A^-1', matmul(A, Ainv))
I = matmul(A, Ainv)
print(all(I[i][j] == int(i == j) for i in range(3) for j in range(3)))
H = [[Q(1, i + j + 1) for j in range(4)] for i in range(4)]
print('det(H4) =', det(H))
show('H4^-1', inverse(H))
