# An LRU cache class built on a dict plus a doubly linked list.
class _Node:
    __slots__ = ('key', 'value', 'prev', 'next')
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
    def keys(self):
        out, cur = [], self.head.next
        while cur is not self.tail:
            out.append(cur.key)
            cur = cur.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __repr__(self):
        return 'LRUCache(%s)' % ', '.join('%r: %r' % (k, self.map[k].value) for k in self.keys())

c = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c.put(k, v)
print(c)
print(c.get('a'), c.get('zz', 'miss'))
c.put('d', 4)
print(c, 'b' in c)
c.put('c', 30)
c.put('e', 5)
print(c, len(c))
print(c.hits, c.misses, c.evictions)
def cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(n):
            r = cache.get(n, None)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@cached(50)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits, collatz_len.cache.evictions > 0)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)
