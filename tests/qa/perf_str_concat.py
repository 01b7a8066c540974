# Building a string with += in a loop (inside a function) is a very common
# idiom; CPython does this in place and finishes in ~0.15 s.  (Weft times
# out: each += copies and growth is worse than quadratic.)
def build(n):
    s = ""
    for i in range(n):
        s += "x"
    return s

def csv_line(n):
    out = ""
    for i in range(n):
        out += str(i) + ","
    return out

def build_bytes(n):
    b = b""
    for i in range(n):
        b += b"y"
    return b

print(len(build(1000000)))
line = csv_line(60000)
print(len(line), line[-12:])
print(len(build_bytes(20000)))
