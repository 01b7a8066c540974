# os.path helpers commonly used in scripts.
import os.path as op
print(op.normcase("A/B"), op.commonpath(["/a/b/c", "/a/b/d"]), op.relpath("/a/b", "/a/c/d"))
print(op.ismount("/"), op.splitdrive("/x/y"))
