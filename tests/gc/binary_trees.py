# Binary-trees allocation benchmark (small depth) with checksums.
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))
def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)
max_depth = 14
long_lived = make(max_depth)
for depth in range(4, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + 4)
    total = 0
    for i in range(iterations):
        total += check(make(depth))
    print('%d trees of depth %d check: %d' % (iterations, depth, total))
print('long lived tree of depth %d check: %d' % (max_depth, check(long_lived)))
