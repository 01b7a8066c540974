x = (1 +
     2)
y = [
    1,
    2,
]
z = {
    'a': 1,
    # comment inside
    'b': 2,
}
w = 1 + \
    2
if a and \
   b:
    pass
f(a,
  b,

  c)
s = """triple
quoted"""
t = ('implicit'
     "concat")
def g(a,
      b):
    return (a
            +
            b)
