# __slots__ restricts instance attributes.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError:
    print('cannot add z')
del p.y
try:
    p.y
except AttributeError:
    print('y deleted')
class Q(P):
    pass
q = Q(1, 2)
q.extra = 'ok'
print(q.extra, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 3
print(r.x, r.w, hasattr(r, '__dict__'))
class S:
    __slots__ = 'single'
s = S()
s.single = 'one'
print(s.single, S.__slots__)
print(type(P.__dict__['x']).__name__)
