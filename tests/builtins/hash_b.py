# hash()
print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1), hash(1.5), hash(-2.5))
print(hash(True), hash(()), hash((1, 'a')) == hash((1, 'a')), hash('abc') == hash('ab' + 'c'))
print(hash(b'x') == hash(b'x'), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
class H:
    def __hash__(self):
        return 12345
class Big:
    def __hash__(self):
        return 2 ** 100
class Neg:
    def __hash__(self):
        return -1
print(hash(H()), hash(Big()), hash(Neg()))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
class BadHash:
    def __hash__(self):
        return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
o = object()
print(hash(o) == hash(o))
