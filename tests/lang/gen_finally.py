# try/finally and with inside generators; cleanup on close and exhaustion.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, *a):
        print('close', self.name, a[0].__name__ if a[0] else None)
        return False
def reader(name):
    with Res(name):
        yield 1
        yield 2
for v in reader('full'):
    print('value', v)
g = reader('partial')
print(next(g))
g.close()
def counted():
    try:
        for i in range(3):
            yield i
    finally:
        print('counted finally')
print(list(counted()))
c = counted()
for x in c:
    if x == 1:
        break
print('after break')
c.close()
def nested():
    try:
        try:
            yield 'a'
        finally:
            print('inner finally')
        yield 'b'
    finally:
        print('outer finally')
n = nested()
print(next(n))
print(next(n))
n.close()
