# os / os.path basics.
import os
import os.path
p = os.path.join("/tmp", "weft_test_qa_os.txt")
with open(p, "w") as f:
    f.write("x")
print(os.path.exists(p), os.path.basename(p), os.path.splitext(p)[1], os.path.getsize(p))
os.remove(p)
print(os.path.exists(p), os.sep, type(os.getcwd()).__name__, "PATH" in os.environ)
