# collections classes are subscriptable in annotations (deque[int] etc.).
from collections import deque, defaultdict, OrderedDict, Counter

def window(items: list[int], n: int) -> deque[int]:
    return deque(items, maxlen=n)

def index(words: list[str]) -> defaultdict[str, list[str]]:
    d = defaultdict(list)
    for w in words:
        d[w[0]].append(w)
    return d

print(window([1, 2, 3, 4], 2), dict(index(["ab", "ac", "b"])))
print(OrderedDict[str, int], Counter[str])
