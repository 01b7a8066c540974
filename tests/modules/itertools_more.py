from itertools import islice, count, groupby, tee, chain
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
print(list(islice(count(), 5, 10, 2)), list(islice([], 3)), list(islice('abc', 5, 2)))
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
a, b = tee(range(4)); print(list(a), list(b))
print(repr(count(3)), list(chain()))
