# dict() constructor forms.
print(dict(), dict(a=1), dict({'a': 1}, b=2), dict([('a', 1), ('b', 2)]), dict(zip('xy', (1, 2))))
print(dict({'a': 1}.items()), dict(dict(k='v')), dict([(1, 2)], **{'z': 0}))
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
for bad in ([1], [(1,)], 5, ['ab', 'cde']):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(['ab', 'cd']))
