"""Shared reads: all threads read one dict and one list of instances.

The main thread builds a dict (str keys -> Item instances), a list of Item
instances and a list of the keys before the threads start.  Every worker
then looks items up in the shared dict, indexes the shared list, reads the
instances' attributes and calls their methods; it writes only to its own
locals.  Under a collector without reference counts a read writes nothing
to the object read, so the threads should not slow each other down.

    python3 bench/threads/shared_read.py --threads 2 [--scale 0.5]
"""

import _harness

STEPS = 1500000        # lookups per thread at --scale 1
NITEMS = 1000


class Item:
    def __init__(self, key, weight, tags):
        self.key = key
        self.weight = weight
        self.tags = tags

    def score(self, k):
        return (self.weight * k + len(self.tags)) % 65521

    def has(self, tag):
        return tag in self.tags


class Heavy(Item):
    def score(self, k):
        return (Item.score(self, k) * 3) % 65521


def build():
    seed = 7
    table = {}
    items = []
    keys = []
    for i in range(NITEMS):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        key = "item-%04d-%d" % (i, seed % 97)
        cls = Heavy if i % 5 == 0 else Item
        tags = ("red", "green", "blue")[: 1 + seed % 3]
        obj = cls(key, seed % 1009, tags)
        table[key] = obj
        items.append(obj)
        keys.append(key)
    return table, items, keys


TABLE, ITEMS, KEYS = build()


def work(tid, steps):
    table = TABLE
    items = ITEMS
    keys = KEYS
    n = len(keys)
    acc = 0
    blue = 0
    j = 0
    for i in range(steps):
        j = (j + 7919) % n
        item = table[keys[j]]
        acc = (acc + item.score(i & 1023) + items[i % n].weight) % 1000000007
        if item.has("blue"):
            blue += 1
    return acc, blue


def main():
    opts = _harness.options()
    steps = _harness.scaled(STEPS, opts["scale"])
    results, secs = _harness.run_workers(opts["threads"], work,
                                         setup=lambda tid: steps)
    acc, blue = results[0]
    _harness.report("shared_read: steps %d checksum %d blue %d threads "
                    "agree %s" % (steps, acc, blue,
                                  _harness.all_equal(results)), secs)


main()
