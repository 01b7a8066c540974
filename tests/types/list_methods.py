# Every list method.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend((7,)); l.extend(range(8, 10)); l.extend('ab'); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'before-last'); l.insert(-100, 'new-first'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(1), l)
l.remove('a'); print(l)
print(l.index(5), l.index(2, 2), l.index(9, 0, 100), l.count(1), l.count('zz'))
l2 = l.copy(); l2.append('copy'); print(len(l), len(l2))
l.reverse(); print(l)
l = [v for v in l if isinstance(v, int)]; l.sort(); print(l)
l.sort(reverse=True); print(l)
l.clear(); print(l)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
x[1:2] = ['a', 'b', 'c']
print(x, len(x))
x.extend(x)
print(x)
words = ['b', 'A', 'c', 'a', 'B']
words.sort(key=str.lower)
print(words)
nums = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']]
nums.sort()
print(nums)
print(list.__name__, [].__len__(), [1, 2].__contains__(2), [1] * 0)
