# sorted()
print(sorted([3, 1, 2]), sorted('bca'), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted(x % 5 for x in range(12)))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted([-3, 1, -2], key=abs))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
lst = [5, 4]
out = sorted(lst)
print(out, lst, out is lst)
try:
    sorted([1, None])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print('TypeError', e)
print(sorted([]), sorted([[2, 1], [1, 2], [1]]), sorted([1.5, 1, True, 0.5]))
