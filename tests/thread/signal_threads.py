# Signals and threads: Python handlers always run in the main thread, even
# for a signal delivered to a worker (pthread_kill) or sent while workers
# compute; _thread.interrupt_main from a worker; SIGINT sent by a worker
# interrupts the main thread's blocking lock acquire, join and sleep;
# signal.signal refuses non-main threads.
import _thread
import os
import signal
import threading
import time

signal.signal(signal.SIGINT, signal.default_int_handler)
main_ident = threading.get_ident()
runs = []


def handler(signum, frame):
    runs.append((signal.Signals(signum).name, threading.get_ident() == main_ident))


signal.signal(signal.SIGUSR1, handler)


def wait_for(n):
    deadline = time.monotonic() + 5
    while len(runs) < n and time.monotonic() < deadline:
        time.sleep(0.001)


# 1. workers compute while signals arrive; each one delivered to a worker
stop = False
totals = []


def compute(k):
    s = 0
    i = 0
    while not stop:
        s += i * k
        i += 1
    totals.append(i > 0)


def poke():
    for _ in range(5):
        signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
        time.sleep(0.01)


workers = [threading.Thread(target=compute, args=(k,)) for k in range(2)]
for w in workers:
    w.start()
p = threading.Thread(target=poke)
p.start()
p.join()
wait_for(1)
os.kill(os.getpid(), signal.SIGUSR1)
wait_for(2)
stop = True
for w in workers:
    w.join()
print("workers done:", totals)
print("handler ran:", len(runs) >= 2, "all in main:", all(m for _, m in runs))

# 2. interrupt_main from a worker
runs.clear()
t = threading.Thread(target=_thread.interrupt_main, args=(signal.SIGUSR1,))
t.start()
t.join()
wait_for(1)
print("interrupt_main(SIGUSR1):", runs)


def interrupt_soon():
    time.sleep(0.05)
    _thread.interrupt_main()


t = threading.Thread(target=interrupt_soon)
t.start()
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("busy main loop interrupted")
t.join()

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR2)   # ignored: nothing happens
print("ignored signal not simulated")


# 3. SIGINT from a worker interrupts blocking waits in the main thread
def kill_soon():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGINT)


lock = threading.Lock()
lock.acquire()
for what in ("acquire", "join", "sleep"):
    t = threading.Thread(target=kill_soon)
    t.start()
    try:
        if what == "acquire":
            lock.acquire()
        elif what == "join":
            sleeper = threading.Thread(target=time.sleep, args=(0.5,))
            sleeper.start()
            sleeper.join()
        else:
            time.sleep(2)
        print(what, "not interrupted")
    except KeyboardInterrupt:
        print(what, "interrupted")
    t.join()
print("lock still held:", lock.locked())

# ... and a read from an empty pipe (os.read retries after a handler that
# returns, and fails with what a handler raises)
r, w = os.pipe()
t = threading.Thread(target=kill_soon)
t.start()
try:
    os.read(r, 10)
except KeyboardInterrupt:
    print("os.read interrupted")
t.join()
runs.clear()


def usr1_then_write():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.05)
    os.write(w, b"data")


t = threading.Thread(target=usr1_then_write)
t.start()
print("os.read after a handler:", os.read(r, 10), runs)
t.join()
os.close(r)
os.close(w)

# ... and input() reading from a pipe
import sys
r, w = os.pipe()
saved_stdin = sys.stdin
sys.stdin = open(r)
t = threading.Thread(target=kill_soon)
t.start()
try:
    input()
except KeyboardInterrupt:
    print("input interrupted")
t.join()
os.write(w, b"a line\n")
print("input afterwards:", repr(input()))
sys.stdin.close()
sys.stdin = saved_stdin
os.close(w)


# 4. only the main thread may install handlers
def from_worker():
    for f, a in ((signal.signal, (signal.SIGUSR1, signal.SIG_DFL)),
                 (signal.set_wakeup_fd, (-1,))):
        try:
            f(*a)
        except ValueError as e:
            print("worker:", e)
    print("worker getsignal:", signal.getsignal(signal.SIGUSR1) is handler)


t = threading.Thread(target=from_worker)
t.start()
t.join()
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print("done")
