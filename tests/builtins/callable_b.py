# callable()
class WithCall:
    def __call__(self):
        return 'called'
class Without:
    pass
def f():
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(len), callable(int), callable(WithCall))
print(callable(WithCall()), callable(Without()), callable(Without), callable(5), callable('s'), callable(None))
print(callable([].append), callable(str.upper), callable(WithCall().__call__), callable(type))
o = Without()
o.__call__ = lambda: 'instance attr does not count'
print(callable(o))
