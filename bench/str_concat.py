# String building with += in a loop (the common idiom). CPython appends in
# place when the string has a single reference; Weft has no reference counts,
# so every += copies: this benchmark tracks the cost of that (quadratic in
# the final length). Moved here from tests/qa: speed is measured, not asserted.
import sys

DEFAULT_SIZE = 200000


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


n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
print(len(build(n)))
line = csv_line(n // 10)
print(len(line), line[-12:])
print(len(build_bytes(n // 10)))
