# Floor division and modulo: signs follow Python's floor semantics.
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-0.0 % 5, 0.0 % -5, 5 % -0.5)
print(1e20 % 3, -1e20 % 3)
print(2 ** 100 // 3, -(2 ** 100) // 3, 2 ** 100 % 7, -(2 ** 100) % 7)
print(10 ** 30 // -(10 ** 15 + 1), 10 ** 30 % -(10 ** 15 + 1))
print(-1 // 2 ** 70, 1 // -2 ** 70, -1 % 2 ** 70)
print(5.0 // 0.1, 5.0 % 0.1)
print(True // 1, True % 2, 7 // True)
print('%d' % 5, '%s%%' % 10)
