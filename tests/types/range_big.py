# Huge ranges: O(1) membership, len, indexing, slicing.
r = range(0, 10 ** 19, 2)
print(10 ** 18 in r, 10 ** 18 + 1 in r, -2 in r, 10 ** 19 in r)
print(r[10 ** 17], r[-1], r.index(10 ** 18), r.count(4))
big = range(-(10 ** 30), 10 ** 30, 7)
print(big[0], big[-1], big[12345678901234567890], 0 in big, 7 in big, -(10 ** 30) + 14 in big)
print(big.index(-(10 ** 30) + 7 * 10 ** 20))
try:
    len(r)
    print(len(r))
except OverflowError as e:
    print('OverflowError', e)
try:
    print(len(big))
except OverflowError as e:
    print('OverflowError', e)
print(r[::10 ** 17][:3], r[5:10], r[::-1][0])
print(range(10 ** 20)[-5:], len(range(2 ** 62)), range(2 ** 70)[2 ** 69])
count = 0
for i in range(10 ** 20, 10 ** 20 + 5):
    count += i % 7
print(count)
