# f(**d, k=v) where d already has k must raise TypeError (multiple values).
def f(**kw):
    return kw

def g(a=0, b=0):
    return a, b

defaults = {"a": 1}
for thunk in [lambda: f(a=1, **defaults),
              lambda: f(**defaults, a=2),
              lambda: g(**defaults, a=2),
              lambda: dict(**defaults, a=2),
              lambda: f(**defaults, **{"a": 3})]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
