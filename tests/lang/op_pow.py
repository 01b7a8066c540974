# The ** operator: right associativity, negatives, floats, big results.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, (-2) ** 3, -2 ** -1)
print(2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
print(2 ** -1, 2 ** -3, (-2) ** -2, 10 ** -2)
print(2.0 ** 10, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(2 ** 200)
print(7 ** 77)
print((-3) ** 33)
print(1.5 ** 2, (-1.5) ** 3, 0.0 ** 0)
print(10 ** 15, 10.0 ** 15, 10.0 ** 16)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(-2, 3, 5), pow(2, -1, 7), pow(3, -2, 11))
x = 3
x **= 4
print(x)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
print(True ** 2, 2 ** True, 2 ** False)
print(int(2 ** 0.5 * 1000))
