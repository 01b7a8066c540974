# Floor division, modulo and divmod with every sign combination, small and big.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 5), (5, 17), (-5, 17),
         (10 ** 25, 7), (-10 ** 25, 7), (10 ** 25, -7), (10 ** 25, 10 ** 12 + 1),
         (-10 ** 25, 10 ** 12 + 1), (2 ** 64, 2 ** 32), (-(2 ** 64), 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
for b in (1, -1):
    print(divmod(7, b), divmod(-7, b))
for e in (ZeroDivisionError,):
    for a in (1, 0, -1, 2 ** 70):
        try:
            a // 0
        except e as err:
            print('//', a, err)
        try:
            a % 0
        except e as err:
            print('%', a, err)
        try:
            divmod(a, 0)
        except e as err:
            print('divmod', a, err)
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-(2 ** 63) // -1, -(2 ** 63) % -1)
