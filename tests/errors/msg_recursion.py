# RecursionError from runaway recursion, and recovery afterwards.
import sys
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
old = sys.getrecursionlimit()
print(old >= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    measure()
except RecursionError as e:
    print('limited:', e, depth < 200, depth > 100)
sys.setrecursionlimit(old)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError:
    print('RecursionError in __repr__')
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print('mutual:', e)
print('still alive', ok(100))
