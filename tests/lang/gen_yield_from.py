# yield from: delegation to sub-iterators.
def sub(n):
    for i in range(n):
        yield i
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * 10 for x in range(2)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], [[5]]], 6])))
def outer():
    yield 'start'
    yield from sub(3)
    yield 'end'
print(list(outer()))
def counter():
    result = yield from sub(2)
    print('sub returned', result)
    return 'outer done'
g = counter()
print(list(g))
def deep(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from deep(n - 1)
    yield 'level %d' % n
    return r + 1
def run():
    total = yield from deep(3)
    yield total
print(list(run()))
def from_dict():
    yield from {'x': 1, 'y': 2}
print(list(from_dict()))
def gen_string():
    yield from 'hey'
print(''.join(gen_string()))
