# Executors that are never shut down do not keep the interpreter from
# exiting: at exit their idle workers are told to stop, and work that is
# still queued or running is finished first (the workers are not daemons).
import threading
from concurrent.futures import ThreadPoolExecutor

idle = ThreadPoolExecutor(3)
print(sorted(f.result() for f in [idle.submit(pow, 2, i) for i in range(6)]))

busy = ThreadPoolExecutor(1)
go = threading.Event()


def late(n):
    go.wait()
    print('late task', n, 'ran')
    return n


futures = [busy.submit(late, n) for n in range(3)]
print('main done', [f.done() for f in futures])
go.set()
