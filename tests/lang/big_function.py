# A function with many locals, long bodies and deep nesting of blocks.
def compute(n):
    a = b = c = d = e = f = g = h = 0
    for i in range(n):
        if i % 2 == 0:
            a += i
            if i % 3 == 0:
                b += 1
                if i % 5 == 0:
                    c += i * i
                    while c > 1000:
                        c -= 997
                        d += 1
        else:
            e += 1
            try:
                if i % 7 == 0:
                    raise ValueError(i)
            except ValueError as err:
                f += err.args[0]
            finally:
                g += 1
        h = a + b + c + d + e + f + g
    return a, b, c, d, e, f, g, h
print(compute(100))
print(compute(1000))
def many_args(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15):
    return sum([a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15])
print(many_args(*range(16)))
big_tuple = tuple(range(300))
print(len(big_tuple), big_tuple[-1])
v = [0]
def deep_blocks():
    for i in range(2):
        for j in range(2):
            for k in range(2):
                for l in range(2):
                    for m in range(2):
                        with open_ctx():
                            v[0] += i + j + k + l + m
class open_ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
deep_blocks()
print(v)
