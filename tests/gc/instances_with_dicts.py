# Objects with instance dicts holding references to other objects.
class Item:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
        self.meta = {'len': len(name)}
inventory = []
for i in range(100000):
    it = Item('item%d' % i, ['t%d' % (i % 5), 't%d' % (i % 3)])
    if i % 100 == 0:
        inventory.append(it)
print(len(inventory), inventory[-1].name, inventory[-1].tags, inventory[-1].meta)
total = sum(it.meta['len'] for it in inventory)
print(total)
for it in inventory:
    it.tags = None
    it.meta['dropped'] = True
print(sum(1 for it in inventory if it.meta['dropped']))
