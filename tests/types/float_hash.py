# Hashes of floats match CPython (and equal ints).
for v in (0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 3.141592653589793, 1e10, 1e100, 1e-100,
          2.0 ** 61, 2.0 ** 62, 2.0 ** 100, -2.0 ** 100, 1.7976931348623157e308, 5e-324):
    print(v, hash(v))
print(hash(2.0) == hash(2), hash(2.0 ** 80) == hash(2 ** 80), hash(1e20) == hash(10 ** 20))
print({2.0: 'a', 2: 'b'}, len({1, 1.0, True}))
