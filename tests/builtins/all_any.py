# all() and any(), including short-circuiting.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, '']), any([0, 'x']))
print(all('abc'), any(''), all([[]]), any([[]]), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
seen = []
def gen(vals):
    for v in vals:
        seen.append(v)
        yield v
print(all(gen([1, 1, 0, 1, 1])), seen)
seen.clear()
print(any(gen([0, 0, 5, 0])), seen)
print(all({0: 'a'}), any({0: 'a', 1: 'b'}), all(range(1, 10)), any(range(0)))
try:
    all(5)
except TypeError as e:
    print('TypeError', e)
