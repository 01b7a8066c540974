# queue under contention: N producers x M consumers through each queue kind;
# every item must come out exactly once (counts and sums are checked).
import queue
import threading

PRODUCERS = 4
CONSUMERS = 3
ITEMS = 600          # per producer


def run(q, label):
    received = [[] for _ in range(CONSUMERS)]
    stop = object() if not isinstance(q, queue.PriorityQueue) else (1 << 60, None)

    def produce(p):
        base = p * ITEMS
        for i in range(ITEMS):
            if isinstance(q, queue.PriorityQueue):
                q.put((base + i, p))
            else:
                q.put(base + i)

    def consume(c):
        mine = received[c]
        while True:
            item = q.get()
            if item is stop or item == stop:
                if hasattr(q, 'task_done'):
                    q.task_done()
                return
            if isinstance(item, tuple):
                item = item[0]
            mine.append(item)
            if hasattr(q, 'task_done'):
                q.task_done()

    producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
    consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    if hasattr(q, 'join'):
        q.join()          # every produced item has been processed
    for _ in consumers:
        q.put(stop)
    for t in consumers:
        t.join()
    everything = sorted(x for mine in received for x in mine)
    total = PRODUCERS * ITEMS
    print(label, len(everything), everything == list(range(total)),
          sum(everything) == total * (total - 1) // 2, q.qsize(), q.empty())


run(queue.Queue(), 'Queue')
run(queue.Queue(maxsize=8), 'Queue(8)')
run(queue.LifoQueue(maxsize=3), 'LifoQueue(3)')
run(queue.PriorityQueue(), 'PriorityQueue')
run(queue.SimpleQueue(), 'SimpleQueue')

# Per-producer FIFO order is kept by Queue with a single consumer.
q = queue.Queue(5)
seen = []
def one_consumer():
    for _ in range(PRODUCERS * 300):
        seen.append(q.get())
def tagged(p):
    for i in range(300):
        q.put((p, i))
ts = [threading.Thread(target=tagged, args=(p,)) for p in range(PRODUCERS)]
c = threading.Thread(target=one_consumer)
c.start()
for t in ts:
    t.start()
for t in ts:
    t.join()
c.join()
orders = [[i for (p, i) in seen if p == want] for want in range(PRODUCERS)]
print('fifo per producer', all(o == list(range(300)) for o in orders), len(seen))

# Timed gets racing with puts: items are never lost or duplicated.
def timed(q, label):
    got = []
    lock = threading.Lock()
    def timed_getter():
        while True:
            try:
                item = q.get(timeout=0.001)
            except queue.Empty:
                continue
            if item is None:
                return
            with lock:
                got.append(item)
    getters = [threading.Thread(target=timed_getter) for _ in range(3)]
    for t in getters:
        t.start()
    for i in range(1500):
        q.put(i)
    for _ in getters:
        q.put(None)
    for t in getters:
        t.join()
    print('timed gets', label, len(got), sorted(got) == list(range(1500)), q.empty())


timed(queue.Queue(), 'Queue')
timed(queue.SimpleQueue(), 'SimpleQueue')
