# break/continue/return through with-blocks and finally clauses
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
def f():
    for i in range(4):
        with CM(i):
            if i == 0: continue
            if i == 2: break
            try:
                if i == 1: return "ret1" if False else None
            finally:
                print("finally", i)
    else:
        print("else")
    return "end"
print(f())
def g():
    for i in range(3):
        try:
            try:
                if i == 1: raise ValueError(i)
            finally:
                if i == 1: continue
        except ValueError:
            print("never")
        print("body", i)
    return "g"
print(g())
def h():
    while True:
        with CM("w"):
            try:
                return "from try"
            finally:
                print("inner finally")
print(h())
def k():
    x = 0
    while x < 5:
        x += 1
        with CM(x) as c:
            if x % 2: continue
        print("after with", x)
        if x == 4: break
    else:
        print("no")
    return x
print(k())
def nested_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            print("f1")
    except KeyError:
        try:
            raise
        finally:
            print("f2")
try: nested_finally()
except KeyError as e: print("outer", e)

