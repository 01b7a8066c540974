# A linked list class implementing the sequence protocol and common operations.
class LinkedList:
    class _Node:
        __slots__ = ('value', 'next')
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        tail = None
        for v in iterable:
            node = self._Node(v)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def _node_at(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('LinkedList index out of range')
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node_at(i).value
    def __setitem__(self, i, v):
        self._node_at(i).value = v
    def push_front(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1
    def append(self, v):
        if self.head is None:
            self.push_front(v)
            return
        self._node_at(self.size - 1).next = self._Node(v)
        self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError('%r not in list' % (v,))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
ll = LinkedList(range(5))
print(ll, len(ll), ll[0], ll[-1], ll[1:4], 3 in ll, 9 in ll)
ll.append(5); ll.push_front(-1); ll[2] = 'two'
print(ll)
ll.remove('two'); ll.remove(-1)
print(ll, len(ll))
ll.reverse()
print(ll, list(reversed(list(ll))))
print(ll + LinkedList('ab'), ll == LinkedList([5, 4, 3, 2, 0]), sorted(ll), sum(x for x in ll))
for bad in (lambda: ll[10], lambda: ll.remove('zz'), lambda: LinkedList()[0]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
empty = LinkedList()
empty.append('only')
print(empty, bool(LinkedList()), bool(empty))
big = LinkedList(range(10000))
big.reverse()
print(big[0], big[9999], len(big))
