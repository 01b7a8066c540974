# Collections forced with gc.collect() while other threads allocate, sleep,
# wait on locks, events and conditions, and block reading a pipe.  Every
# thread checks that the objects it holds survived intact.
import gc
import os
import threading
import time

ALLOC = 3
ROUNDS = 100


class Node:
    __slots__ = ("val", "next")

    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt


def allocator(idx, out, start):
    start.wait()
    keep = None
    total = 0
    for r in range(ROUNDS):
        for i in range(200):
            keep = Node(i, keep)
        junk = [str(i) * 3 for i in range(100)]
        d = {j: (j, [j] * 2) for j in range(50)}
        total += len(junk) + sum(v[0] for v in d.values())
        if r % 20 == 10:
            keep = None
    n = 0
    while keep is not None:
        n += keep.val
        keep = keep.next
    out["alloc%d" % idx] = (total, n)


def sleeper(out, start):
    start.wait()
    data = [bytes([i]) * 100 for i in range(64)]
    for _ in range(10):
        time.sleep(0.002)
    out["sleeper"] = all(b == bytes([i]) * 100 for i, b in enumerate(data))


def locker(lock, out, start):
    start.wait()
    held = {"k%d" % i: list(range(i)) for i in range(30)}
    with lock:                                # blocks: main holds it
        out["locker"] = sum(len(v) for v in held.values())


def waiter(cond, ev, out, start):
    start.wait()
    keep = ["w%d" % i for i in range(500)]
    ev.wait()                                 # blocks until main sets it
    with cond:
        cond.wait_for(lambda: out.get("go"), timeout=5)
    out["waiter"] = keep[499] + keep[0]


def reader(fd, out, start):
    start.wait()
    keep = {i: str(i) for i in range(300)}
    chunks = []
    while True:
        b = os.read(fd, 64)                   # blocks on the pipe
        if not b:
            break
        chunks.append(b)
    out["reader"] = (len(b"".join(chunks)), keep[299])


def main():
    out = {}
    start = threading.Event()
    lock = threading.Lock()
    cond = threading.Condition()
    ev = threading.Event()
    rfd, wfd = os.pipe()
    lock.acquire()
    ts = [threading.Thread(target=allocator, args=(i, out, start)) for i in range(ALLOC)]
    ts.append(threading.Thread(target=sleeper, args=(out, start)))
    ts.append(threading.Thread(target=locker, args=(lock, out, start)))
    ts.append(threading.Thread(target=waiter, args=(cond, ev, out, start)))
    ts.append(threading.Thread(target=reader, args=(rfd, out, start)))
    for t in ts:
        t.start()
    start.set()
    i = 0
    while i < 15 or any(t.is_alive() for t in ts[:ALLOC]):
        gc.collect()
        if i == 5:
            os.write(wfd, b"x" * 100)
        if i == 8:
            lock.release()
            ev.set()
        time.sleep(0.001)
        i += 1
    os.write(wfd, b"y" * 28)
    os.close(wfd)
    with cond:
        out["go"] = True
        cond.notify_all()
    for t in ts:
        t.join()
    os.close(rfd)
    gc.collect()
    for k in sorted(out):
        print(k, out[k])


main()
