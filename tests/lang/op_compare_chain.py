# Comparison operators and chained comparisons.
print(1 < 2, 2 < 1, 1 <= 1, 1 > 0, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 5 < 4)
x = 5
print(0 < x <= 10, 0 < x < 5, x == 5 != 6)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', '' < 'a', 'ab' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(1.5 < 2, 2 ** 100 > 1e30, -2 ** 100 < -1e30)
print(None == None, None != 0, [] == [], {} == {})
print(3 != 3.0, 0.1 + 0.2 == 0.3)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3))
s1 = 'abc'
print(s1 == 'abc', s1 is not None)
print(not 1 < 2, not (1 > 2))
print(1 < 2 and 2 < 3, [1] != [1.0])
