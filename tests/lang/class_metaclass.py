# Metaclasses: type subclasses, __new__/__init__/__call__, class creation.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = 'Meta'
        ns['extra'] = kw
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return 'class ' + cls.__name__
class A(metaclass=Meta, flavor='x'):
    def __init__(self, v):
        self.v = v
print(A.created_by, A.extra, A.initialized)
a = A(5)
print(a.v, type(A).__name__, A.describe())
class B(A):
    pass
print(type(B).__name__, B.created_by, B.extra)
b = B(1)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        Registry.classes.append(name)
        super().__init__(name, bases, ns)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes)
Dyn = type('Dyn', (object,), {'x': 1, 'get': lambda self: self.x * 10})
print(Dyn.__name__, Dyn().get(), Dyn.x)
Sub = type('Sub', (Dyn,), {})
print(Sub().get(), Sub.__bases__[0].__name__)
print(type(type).__name__, type(int).__name__, isinstance(int, type))
class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()}
        return type.__new__(mcls, name, bases, ns2)
class U(metaclass=Upper):
    def hello(self):
        return 'hi'
print(U().HELLO(), hasattr(U, 'hello'))
class PrepMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 99}
class WithPrep(metaclass=PrepMeta):
    pass
print(WithPrep.injected)
