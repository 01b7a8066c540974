# reversed()
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed(range(0, 20, 3))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
print(list(reversed(b'xyz')), list(reversed(bytearray(b'12'))), list(reversed([])))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'done'))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Rev())))
for bad in ({1, 2}, 5, (x for x in [1])):
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)
lst = [1, 2, 3]
it = reversed(lst)
lst.append(4)
print(list(it))
