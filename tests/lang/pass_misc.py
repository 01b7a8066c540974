# pass, Ellipsis bodies, semicolons, line continuations, comments.
def stub(): pass
class Stub: pass
def ell(): ...
print(stub(), Stub.__name__, ell())
for _ in range(3): pass
while False: pass
if True: pass
try: pass
except Exception: pass
x = 1; y = 2; z = x + y; print(z)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # one
    2,  # two
]
print(values)
s = ('implicit '
     'join')
print(s)
def f(a,
      b,
      c=3,
      ):
    return a + b + c
print(f(1,
        2,
        ))
if (x == 1 and
        y == 2):
    print('multiline if')
# a comment line
    # an indented comment line
print('after comments')  # trailing comment
print(...)
print(Ellipsis is ..., type(...).__name__)
d = {
    'k':
        'v',
}
print(d)
lam = (lambda:
       'multi-line lambda')
print(lam())
	
print('line after whitespace-only line')
