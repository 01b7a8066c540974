# Building a string / bytes with += in a loop is a very common idiom; CPython
# finishes this in well under 0.1 s.  (Weft times out: growth is worse than
# quadratic.)
s = ""
for i in range(100000):
    s += "x"
print(len(s))
b = b""
for i in range(50000):
    b += b"y"
print(len(b))
out = ""
for i in range(30000):
    out += str(i) + ","
print(len(out), out[-12:])
