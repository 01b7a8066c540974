# sys.getrecursionlimit / setrecursionlimit.
import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 1000)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(3000))
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError', e)
