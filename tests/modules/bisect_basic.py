import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 9, 13, 14]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
    print(" ", bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 2, 6), bisect.bisect_left(a, x, hi=4))
    print(" ", bisect.bisect_left(a, x, lo=3, hi=None), bisect.bisect_right(a, x, 0, 0))
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.insort(a, 1, lo=-2)
except ValueError as e:
    print("ValueError", e)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
c = []
for x in [5, 1, 4, 1.0, 5.0, 9, 2]:
    bisect.insort_left(c, x)
print(c)
d = []
for x in [5, 1, 4, 1.0, 5.0, 9, 2]:
    bisect.insort_right(d, x)
print(d)

recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
for k in [0, 1, 3, 5, 7, 8]:
    print(k, bisect.bisect_left(recs, k, key=key), bisect.bisect_right(recs, k, key=key))
bisect.insort(recs, ('e', 3), key=key)
bisect.insort_left(recs, ('f', 3), key=key)
bisect.insort_right(recs, ('g', 0), key=key)
print(recs)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
s = "abdfz"
print(bisect.bisect(s, "c"), bisect.bisect_left(s, "f"), bisect.bisect_right(s, "f"))
print(bisect.bisect_left(range(0, 100, 5), 42))
