"""Many short-lived threads: start and join N threads one after another,
each appending one small list to a shared list.  Prints the count and a
checksum; the time and peak RSS (from /usr/bin/time -f '%e %M') show that
finished threads leave nothing behind.

    /usr/bin/time -f '%e s %M KiB' ./weft bench/threads/thread_churn.py 10000
"""
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
out = []


def work(i):
    out.append([i] * 10)


for i in range(N):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
print(len(out), sum(x[0] for x in out), threading.active_count())
