# Thread and process exit: sys.exit() in a thread, waiting for non-daemon
# threads at exit, daemon threads left running, _register_atexit ordering.
import _thread
import atexit
import sys
import threading
import time

after = []

def quits(code):
    after.append("before")
    sys.exit(code)
    after.append("not reached")

for args in [(0,), (5,), ("message",)]:
    t = threading.Thread(target=quits, args=args)
    t.start()
    t.join()
    print("thread exited:", t.is_alive(), after)
t = threading.Thread(target=_thread.exit)
t.start(); t.join()
print("_thread.exit:", t.is_alive())

# a thread raising SystemExit from deep inside
def deep(n):
    if n == 0:
        raise SystemExit("deep")
    deep(n - 1)
t = threading.Thread(target=deep, args=(20,))
t.start(); t.join()
print("main still running", threading.active_count())

# daemon threads still running at exit: one blocked, one busy
forever = threading.Event()
threading.Thread(target=forever.wait, daemon=True, name="blocked").start()

def spin():
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            time.sleep(0)
spinner = threading.Thread(target=spin, daemon=True, name="spinner")
spinner.start()

# a non-daemon thread that outlives the main thread's code: it waits for
# the main thread to finish, and the process waits for it
def outlive():
    threading.main_thread().join()
    worker_thread.join()
    print("non-daemon thread ran after main:", threading.main_thread().is_alive())
    try:
        threading._register_atexit(print, "too late")
    except RuntimeError as e:
        print("RuntimeError:", e)

# _register_atexit callbacks run (last first) before non-daemon threads are
# joined: this thread would never end otherwise
stop = threading.Event()
def worker():
    stop.wait()
    print("worker stopped by the atexit callback")
worker_thread = threading.Thread(target=worker)
worker_thread.start()
threading._register_atexit(stop.set)
threading._register_atexit(print, "threading atexit 1")
threading._register_atexit(print, "threading atexit 2", end=" (kw)\n")
threading.Thread(target=outlive).start()
atexit.register(print, "atexit runs after the threads were joined")
print("daemon flags:", sorted((t.name, t.daemon) for t in threading.enumerate()
                              if t.name in ("blocked", "spinner")))
print("main done")
