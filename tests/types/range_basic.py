# range objects: len, membership, index, count, slicing, reversal, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(5 in r, 6 in r, 20 in r, r.index(11), r.count(11), r.count(12))
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[::2], r[-2:])
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)))
print(len(range(10, 0, -2)), len(range(0)), len(range(5, 1)), range(0) == range(5, 5))
print(range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) != range(2))
print(list(reversed(range(1, 10, 4))), reversed(range(3)).__class__.__name__)
print(repr(range(1, 5, 1)), repr(range(-3, 3)), str(range(0, 10, 5)))
for bad in (lambda: range(1, 2, 0), lambda: r.index(4), lambda: r[100], lambda: range(1.5)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(range(10)[3:100:2], range(10)[-100:3], range(10, 0, -1)[2:5])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(hash(range(5)) == hash(range(0, 5)), bool(range(0)), bool(range(1)))
print(range(3).__len__(), 2.0 in range(3), '2' in range(3))
