# Every set method.
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.update([5, 6], {7}, range(8, 10)); print(s)
s.remove(9); print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.discard(8); s.discard(99); print(s)
p = s.pop()
print(p in range(1, 8), len(s))
c = s.copy()
c.add(100)
print(len(s), len(c))
s.intersection_update({2, 3, 4, 100}); print(s)
s.difference_update([3]); print(s)
s.symmetric_difference_update({4, 5}); print(s)
s.clear(); print(s, len(s))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
try:
    set().add({})
except TypeError as e:
    print('TypeError', e)
words = {'pear', 'apple', 'fig'}
print(sorted(words), sorted(words, key=len), 'fig' in words)
t = set()
for i in range(50):
    t.add(i % 7)
print(t, sorted(t, reverse=True))
print(set.__name__, {1}.__len__(), {1}.__contains__(1))
