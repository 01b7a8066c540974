# Context managers for resource tracking (no timing): pools, transactions, indentation, redirection.
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError('pool exhausted')
                self.conn = pool.free.pop(0)
                pool.log.append('acquire %d' % self.conn)
                return self.conn
            def __exit__(self, t, v, tb):
                pool.free.append(self.conn)
                pool.log.append('release %d%s' % (self.conn, ' after ' + t.__name__ if t else ''))
                return False
        return Lease()
pool = Pool(2)
with pool.acquire() as a, pool.acquire() as b:
    print('using', a, b, 'free:', pool.free)
    try:
        with pool.acquire():
            pass
    except RuntimeError as e:
        print('error:', e)
try:
    with pool.acquire() as c:
        raise ValueError('boom')
except ValueError:
    pass
print(pool.log, pool.free)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back because', repr(v))
            return True
        print('committed')
db = {'x': 1}
with Transaction(db) as s:
    s['y'] = 2
with Transaction(db) as s:
    s['x'] = 100
    del s['y']
    raise KeyError('constraint violated')
print(db)
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *a):
        Indent.level -= 1
    @staticmethod
    def say(msg):
        print('    ' * Indent.level + msg)
Indent.say('root')
with Indent():
    Indent.say('child')
    with Indent():
        Indent.say('grandchild')
    Indent.say('child again')
Indent.say('root again')
import sys
class Capture:
    def __enter__(self):
        self.saved = sys.stdout
        self.lines = []
        sys.stdout = self
        return self.lines
    def write(self, s):
        self.lines.append(s)
    def flush(self):
        pass
    def __exit__(self, *a):
        sys.stdout = self.saved
with Capture() as captured:
    print('hidden', 1)
    print('hidden', 2)
print('captured:', ''.join(captured).splitlines())
def managed(name, events):
    class M:
        def __enter__(self):
            events.append('enter ' + name)
        def __exit__(self, *a):
            events.append('exit ' + name)
    return M()
events = []
for n in 'abc':
    with managed(n, events):
        if n == 'b':
            continue
        events.append('body ' + n)
print(events)
