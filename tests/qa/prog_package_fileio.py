import qa_helpers
from qa_helpers import *
from qa_helpers.sub import deep
import qa_helpers.sub.deep as d2
from qa_helpers.util import _hidden
import sys
print(qa_helpers.VERSION, slugify("Hello, World 2!"), deep.f(), d2 is deep, "qa_helpers.sub.deep" in sys.modules)
print(qa_helpers.__name__, qa_helpers.util.__name__, qa_helpers.sub.__package__)
import qa_helpers.util as u
print(sorted(k for k in dir(u) if not k.startswith("__")))
path = "/tmp/weft_test_qa_io.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.writelines(["line two\n", "line three\n"])
    print("x", 1, sep="|", end="!\n", file=f)
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("appended")
with open(path) as f:
    data = f.read()
print(repr(data), len(data))
with open(path, "rb") as f:
    b = f.read()
print(b[:8], type(b).__name__, b.count(b"\n"))
with open("/tmp/weft_test_qa_io.bin", "wb") as f:
    f.write(bytes(range(256)))
    f.write(bytearray(b"xyz"))
with open("/tmp/weft_test_qa_io.bin", "rb") as f:
    f.seek(250)
    print(f.read(4), f.tell())
    f.seek(-3, 2)
    print(f.read())
with open(path, "r+") as f:
    f.seek(5); f.write("ONE")
    f.seek(0); print(f.read(12))
try:
    open("/tmp/nonexistent_dir_q/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
except OSError as e:
    print("oserror", e)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
f = open(path)
print(f.closed, f.name, f.mode); f.close(); print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
with open("/tmp/weft_test_qa_u.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld €\n")
with open("/tmp/weft_test_qa_u.txt", encoding="utf-8") as f:
    s = f.read()
with open("/tmp/weft_test_qa_u.txt", "rb") as f:
    bb = f.read()
print(s, len(s), len(bb), bb.decode("utf-8") == s, bb.decode("latin-1")[:3])
print("é".encode(), "€".encode("utf-8"), b"\xc3\xa9".decode(), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
