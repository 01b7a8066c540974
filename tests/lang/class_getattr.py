# __getattr__, __getattribute__, __setattr__, __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self.target, name)
class T:
    def __init__(self):
        self.x = 1
t = T()
p = Proxy(t)
print(p.x)
p.y = 2
print(t.y)
del p.x
print(hasattr(t, 'x'), p.log)
class Everything:
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(name)
        if name == 'real':
            return object.__getattribute__(self, name)
        return 'computed ' + name
    def __getattr__(self, name):
        return 'fallback ' + name
e = Everything()
e.real = 'stored'
print(e.anything, e.real, e.secret_key)
class Defaults:
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return None
        raise AttributeError('%r has no %r' % (type(self).__name__, name))
d = Defaults()
print(d.opt_color, getattr(d, 'opt_size'), hasattr(d, 'other'))
try:
    d.other
except AttributeError as ex:
    print(ex)
class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('negative age')
        super().__setattr__(name, value)
v = Validated()
v.age = 5
print(v.age)
try:
    v.age = -1
except ValueError as ex:
    print(ex, v.age)
