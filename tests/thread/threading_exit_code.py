# sys.exit(3) in the main thread: non-daemon threads still run to the end,
# _register_atexit callbacks run, the exit status is 3.
import sys
import threading
import time

results = []
def work(n):
    time.sleep(0.01 * n)
    results.append(n)

for n in range(3):
    threading.Thread(target=work, args=(n,)).start()

def report():
    threading.main_thread().join()
    for t in [t for t in threading.enumerate() if t.name.endswith("(work)")]:
        t.join()
    print("after exit:", sorted(results))
threading.Thread(target=report).start()
threading._register_atexit(print, "threading atexit callback")
print("main exiting")
sys.exit(3)
