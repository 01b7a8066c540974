# Attribute access chains and method call chains.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def add(self, v):
        return Node(v, self)
n = Node(1).add(2).add(3)
print(n.value, n.next.value, n.next.next.value, n.next.next.next)
print('  a,b  '.strip().upper().split(','))
print(' x '.strip().center(5, '*').replace('*', '-'))
class Cfg: pass
cfg = Cfg()
cfg.db = Cfg()
cfg.db.conn = Cfg()
cfg.db.conn.host = 'localhost'
print(cfg.db.conn.host)
cfg.db.conn.host += ':5432'
print(cfg.db.conn.host)
print([1, 2, 3].copy().__len__(), (1).__add__(2), 'abc'.__contains__('b'))
print((5).bit_length(), 5 .bit_length(), 1.5.is_integer())
print(int.__name__, str.upper('x'), list.__name__.title())
