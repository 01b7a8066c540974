# TypeError: unhashable types.
for v in ([], {}, set(), bytearray(), [1, [2]], {'k': 1}.keys() if False else slice(1)):
    try:
        hash(v)
        print('hashable', type(v).__name__)
    except TypeError as e:
        print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{}}
except TypeError as e:
    print(e)
try:
    {1: 2}[[]]
except TypeError as e:
    print(e)
try:
    [] in {1}
except TypeError as e:
    print(e)
try:
    {}.setdefault({})
except TypeError as e:
    print(e)
try:
    frozenset([[]])
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
