# collections.abc ABCs for isinstance checks and as base classes.
from collections.abc import Mapping, Sequence, Iterable, Callable, MutableMapping

print(isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Sequence))
print(isinstance((x for x in []), Iterable), isinstance(len, Callable), isinstance(3, Iterable))

class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

r = Registry()
r["A"] = 1
r.update(B=2)
print(dict(r), r.get("a"), "b" in r, r.pop("B"), len(r), list(r.items()))
