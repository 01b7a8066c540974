# bool is a subclass of int.
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10)
print(-True, +True, ~True, ~False, abs(-True))
print(True & True, True & False, True | False, True ^ True, False ^ False)
print(type(True & False).__name__, type(True | 1).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True != 2, True is True)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(str(True), repr(False), int(True), float(False), bool(2), bool(-0.0))
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__[1].__name__)
print(True < 2, False < True, sorted([True, False, 2, -1, 0]))
print({True: 'a', 1: 'b'}, {0: 'x', False: 'y'})
print(['no', 'yes'][True], 'abc'[True:], divmod(True, True))
print(True << 4, True >> 1, f'{True}', f'{True:d}', '%d' % True, '%s' % False)
print(hash(True), hash(False), bool(), bool([]), bool([[]]))
print(bool.__new__(bool, 5), bool(' '), bool('False'))
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
