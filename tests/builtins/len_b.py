# len()
print(len(''), len('abc'), len('日本'), len(b'\x00\x01'), len([1, [2, 3]]), len(()), len({'a': 1}), len({1, 2}))
print(len(range(10)), len(range(0, 100, 7)), len(frozenset()), len(bytearray(5)), len({}.keys()))
class L:
    def __len__(self):
        return 42
print(len(L()))
for bad in (5, None, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError', e)
class Str:
    def __len__(self):
        return '3'
try:
    len(Str())
except TypeError as e:
    print('TypeError', e)
class Huge:
    def __len__(self):
        return 2 ** 100
try:
    len(Huge())
except OverflowError as e:
    print('OverflowError', e)
