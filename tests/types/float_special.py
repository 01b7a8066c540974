# inf, nan and signed zero.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), repr(nan), str(-inf))
print(float('Infinity'), float('-INF'), float('nan'), float('-nan'), float('NaN'))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float('inf'))
print(max(1, inf), min(-inf, 1), sorted([3, -inf, inf, 0]))
print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0), -0.0 < 0.0)
print(1 / inf, -1 / inf, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(abs(-0.0), abs(-inf), abs(nan))
print(inf // 1 if False else 'skip', 5 % inf, -5 % inf, 5.0 // inf)
print(nan + 1, nan * 0, -nan, nan ** 0, 1 ** nan, 0 ** 0.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(int(1e308).bit_length())
print(hash(inf), hash(-inf), hash(-0.0) == hash(0.0))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
print((-8.0) ** (1 / 3) if False else 'complex result skipped')
