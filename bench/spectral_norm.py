# spectral_norm.py -- largest singular value of an infinite matrix, by the
# power method applied to A^T A.
# Exercises: float division and multiplication, integer arithmetic in a
# tiny hot function, nested functions (closures reading the enclosing
# scope, including a closure over another closure), list indexing and
# item assignment, range loops, sum() over a generator expression,
# math.sqrt.
#
# A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1)
#
# Usage: spectral_norm.py [n]     (default: DEFAULT_SIZE; work grows like n^2)
import sys
import math

DEFAULT_SIZE = 550
SIZE_KIND = "quadratic"
ITERATIONS = 10


def spectral_norm(n):
    def entry(i, j):
        s = i + j
        return 1.0 / (s * (s + 1) // 2 + i + 1)

    def times(vec, out):
        # out = A * vec
        for i in range(n):
            acc = 0.0
            for j in range(n):
                acc += entry(i, j) * vec[j]
            out[i] = acc

    def times_transposed(vec, out):
        # out = A^T * vec
        for i in range(n):
            acc = 0.0
            for j in range(n):
                acc += entry(j, i) * vec[j]
            out[i] = acc

    scratch = [0.0] * n

    def times_ata(vec, out):
        times(vec, scratch)
        times_transposed(scratch, out)

    u = [1.0] * n
    v = [0.0] * n
    for _ in range(ITERATIONS):
        times_ata(u, v)
        times_ata(v, u)

    vbv = sum(u[i] * v[i] for i in range(n))
    vv = sum(x * x for x in v)
    return math.sqrt(vbv / vv)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    result = spectral_norm(n)
    print("spectral_norm n=%d" % n)
    print("norm: %.9f" % result)


main()
