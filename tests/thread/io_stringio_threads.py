# Threads writing to one StringIO (directly and through print with
# sys.stdout redirected) lose nothing: each write call is atomic.
import io
import sys
import threading

buf = io.StringIO()
N, M = 6, 500


def writer(i):
    for k in range(M):
        buf.write("w%d-%d\n" % (i, k))


threads = [threading.Thread(target=writer, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = buf.getvalue().splitlines()
print(len(lines), len(set(lines)))
print(sorted(lines) == sorted("w%d-%d" % (i, k) for i in range(N) for k in range(M)))

out = io.StringIO()
saved = sys.stdout
sys.stdout = out


def printer(i):
    for k in range(M):
        print("p", i, k)


threads = [threading.Thread(target=printer, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sys.stdout = saved
# print() makes one write per piece (as in CPython), so lines from racing
# threads may interleave; every character must still arrive exactly once.
text = out.getvalue()
expect = "".join("p %d %d\n" % (i, k) for i in range(N) for k in range(M))
print(len(text) == len(expect), sorted(text) == sorted(expect))

bio = io.BytesIO()


def bwriter(i):
    for k in range(M):
        bio.write(b"%d:%d;" % (i, k))


threads = [threading.Thread(target=bwriter, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
parts = bio.getvalue().split(b";")[:-1]
print(len(parts), len(set(parts)))
