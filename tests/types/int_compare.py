# Comparisons between ints of all sizes, floats and bools.
vals = [-(2 ** 100), -(2 ** 63), -1, 0, 1, 2 ** 63 - 1, 2 ** 63, 2 ** 100]
for a in vals:
    print(a, [a < b for b in vals])
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0)
print(3 == float('nan'), 3 < float('nan'), 3 > float('nan'), 3 != float('nan'))
print(max(3, 3.0), min(3.0, 3), max(2 ** 70, 1e21), min(-(2 ** 70), -1e21))
print(sorted([3, 1.5, -2, 2 ** 65, True, -0.5]))
print(1 < 2 < 3.5 < 2 ** 80)
print((10 ** 30 + 1) > 1e30, (10 ** 30) == 1e30, int(1e30))
