# os.pipe/read/write/close/fsync/system/waitpid/wait/waitstatus_to_exitcode:
# results and CPython's errors.
import os

r, w = os.pipe()
print(type(r).__name__, r != w)
for args in [(r, -1), (r, "x"), (-5, 3)]:
    try:
        print(os.read(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(w, "str"), (w, 3), (-5, b"x")]:
    try:
        print(os.write(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(os.read(r, 0), os.write(w, b""), os.write(w, bytearray(b"ab")), os.read(r, 10))
print(os.write(w, b"hello world"), os.read(r, 5), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
for fd in (-5, r):
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.fsync(-5)
except Exception as e:
    print(type(e).__name__, e)
try:
    os.fsync("x")
except Exception as e:
    print(type(e).__name__, e)
path = "/tmp/weft_test_os_fd.txt"
with open(path, "w") as f:
    f.write("x")
    f.flush()
    print(os.fsync(f), os.fsync(f.fileno()))
os.unlink(path)
for call in (lambda: os.waitpid(-1, 0), lambda: os.wait()):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
st = os.system("exit 3")
print(st, os.waitstatus_to_exitcode(st), os.waitstatus_to_exitcode(os.system("true")))
try:
    os.system(3)
except Exception as e:
    print(type(e).__name__, e)
print(os.WNOHANG, os.getppid() > 0)
