# max() and min() with iterables, multiple args, key and default.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 9, 2), min(3, 9, 2), max('hello'), min('hello'))
print(max([1, 2], [1, 3]), min((5, 'a'), (5, 'B')), max(2, 2.5), min(-1, -1.0), max(-1.0, -1))
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry']
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([], default='empty'), min([], default=None), max([5], default=0), max((), key=len, default=-1))
print(max(1, 2, key=lambda x: -x), min('a', 'B', key=str.lower))
pairs = [(1, 'first'), (3, 'a'), (3, 'b'), (2, 'c')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: -p[0]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.values()), max(range(10), key=lambda x: x % 4))
for call in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max(1, 2, default=0)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([float('nan'), 1, 2]), max([1, float('nan'), 2]), min(iter([4, 2, 8])))
