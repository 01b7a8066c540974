# Hash values of ints (and equal floats/bools) match CPython's.
vals = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1,
        2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 61 - 1), -(2 ** 61), 10 ** 20,
        -10 ** 20, 2 ** 1000, -(2 ** 1000), 12345678901234567890123]
for v in vals:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0), hash(2.5), hash(-0.5), hash(0.0), hash(-0.0))
print(hash(1e100), hash(2.0 ** 70), hash(-1.0))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70))
print(hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, 0)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)))
