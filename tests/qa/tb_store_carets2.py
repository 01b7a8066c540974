# Uncaught error in a subscript-store target and an unpacking target.
def f():
    a = (1, 2)
    a[0] = 5

def h():
    x, y = [1, 2, 3]

for fn in (f, h):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
f()
