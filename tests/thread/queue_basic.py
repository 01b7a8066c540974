# queue: ordering of the three queue kinds, Empty/Full with and without
# timeouts, maxsize, task_done/join, SimpleQueue, subclass hooks.
import queue
import threading
import time

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(),
          [q.get() for _ in range(5)], q.empty())

pq = queue.PriorityQueue()
for item in [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]:
    pq.put_nowait(item)
print([pq.get_nowait() for _ in range(4)])

q = queue.Queue(maxsize=2)
q.put('a')
q.put_nowait('b')
print('full', q.full(), q.qsize(), q.maxsize)
for attempt in (lambda: q.put_nowait('c'), lambda: q.put('c', block=False),
                lambda: q.put('c', timeout=0.05), lambda: q.put('c', True, 0)):
    try:
        attempt()
    except queue.Full as e:
        print('Full', repr(e))
print(q.get(), q.get_nowait(), q.empty())
for attempt in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.05),
                lambda: q.get(True, 0)):
    try:
        attempt()
    except queue.Empty as e:
        print('Empty', repr(e))

# A timed get that is woken up by another thread's put.
def later():
    time.sleep(0.05)
    q.put('late')
t = threading.Thread(target=later)
t.start()
print(q.get(timeout=5))
t.join()

for bad in (lambda: q.get(timeout=-1), lambda: queue.Queue(1).put(1, timeout=-0.5),
            lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
queue.Queue().put(1, timeout=-1)   # unbounded: no wait, no check
print('unbounded put ok')

# task_done / join
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.001)
        done.append(item * 2)
        q.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(20):
    q.put(i)
q.join()
print('joined', q.unfinished_tasks, sum(done), len(done))
q.put(None)
t.join()
q.join()

# Bounded queue: a blocked put continues once a get makes room.
q = queue.Queue(1)
q.put(1)
t = threading.Thread(target=lambda: q.put(2))
t.start()
time.sleep(0.05)
print('blocked put', q.qsize(), q.get(), q.get(timeout=5))
t.join()

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i)
sq.put_nowait('x')
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.get(timeout=1), sq.empty())
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print('SimpleQueue Empty')
print(type(sq).__name__, queue.Empty.__name__, issubclass(queue.Empty, Exception),
      issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])

class Rev(queue.Queue):
    # Subclass hooks: a queue that returns the largest item first.
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort()
    def _get(self):
        return self.queue.pop()
r = Rev(3)
for x in (2, 9, 4):
    r.put(x)
print('Rev', r.full(), [r.get() for _ in range(3)])
print(sorted(queue.__all__))
