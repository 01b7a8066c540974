# input() in a worker thread (blocking reads of stdin, detached) while the
# main thread forces collections and another thread allocates.
import gc
import threading


def reader(out):
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            break
    out["lines"] = lines


def allocator(out, stop):
    keep = []
    n = 0
    while not stop.is_set() or n < 200:
        keep.append({"k": [n] * 5})
        if len(keep) > 50:
            keep.pop(0)
        n += 1
    out["alloc"] = sum(d["k"][0] for d in keep[-10:]) - sum(range(n - 10, n))


def main():
    out = {}
    stop = threading.Event()
    r = threading.Thread(target=reader, args=(out,))
    a = threading.Thread(target=allocator, args=(out, stop))
    r.start()
    a.start()
    while r.is_alive():
        gc.collect()
        r.join(0.001)
    stop.set()
    a.join()
    lines = out["lines"]
    print(len(lines), lines[0], lines[-1])
    print("in order", lines == ["input line %03d" % i for i in range(400)])
    print("alloc", out["alloc"])


main()
