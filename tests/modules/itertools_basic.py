# itertools basics (outside the core scope; may start as a known failure).
import itertools
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat('x', 3)))
print(list(itertools.chain([1, 2], 'ab')), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)))
print([(k, list(g)) for k, g in itertools.groupby('aaabccdd')])
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.islice(itertools.cycle('ab'), 5)))
print(list(itertools.filterfalse(None, [0, 1, '', 'x'])), [list(t) for t in itertools.tee([1, 2], 2)])
print(list(itertools.pairwise('abcd')))
