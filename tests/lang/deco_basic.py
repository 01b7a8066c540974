# Simple function decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('bob'))
print(hello.__name__)
calls = []
def trace(fn):
    def wrapper(*a):
        calls.append(fn.__name__)
        return fn(*a)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls, add.__name__)
print(add.__wrapped__(10, 20), calls)
def register(fn, registry=[]):
    registry.append(fn.__name__)
    fn.registry = registry
    return fn
@register
def a(): pass
@register
def b(): pass
print(b.registry, a is not None)
def replace_with_value(fn):
    return fn()
@replace_with_value
def constant():
    return 42
print(constant)
def deco_order(fn):
    print('decorating', fn.__name__)
    return fn
print('before def')
@deco_order
def decorated():
    print('running')
print('after def')
decorated()
@(lambda f: lambda: 'lambda-decorated ' + f())
def inner():
    return 'x'
print(inner())
decos = {'up': shout}
@decos['up']
def sub(x):
    return x
print(sub('subscript decorator'))
