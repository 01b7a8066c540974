# set() constructor.
print(set(), set([1, 2, 2, 3]), set(range(4)), set((5, 5)), set({6: 'x'}), set(x * 2 for x in range(3)))
print(sorted(set('banana')), set(b'aab') == {97, 98}, len(set([1, 1.0, True])))
s = {1}
print(set(s) is s, set(s) == s)
for bad in (5, [[1]], None):
    try:
        set(bad)
    except TypeError as e:
        print('TypeError', e)
