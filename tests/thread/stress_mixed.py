# A work queue built from builtin containers only: producers append tasks
# to a list, workers pop them (list.pop is atomic), store results in a dict
# and count completions with setdefault + list.append.  Every task must be
# processed exactly once, however the threads interleave.
import threading

NPROD = 2
NWORK = 4
PER = 3000


def run(targets):
    go = []
    ts = [threading.Thread(target=f, args=(i, go)) for i, f in enumerate(targets)]
    for t in ts:
        t.start()
    go.append(1)
    for t in ts:
        t.join()


def wait(go):
    while not go:
        pass


queue = []
results = {}
done_by = {}
producers_left = [NPROD]
finished = []
dups = []


def producer(i, go):
    wait(go)
    for k in range(PER):
        task = (i, k, (i * PER + k) % 97)
        queue.append(task)
    finished.append(i)       # list.append: atomic, so len(finished) counts


def work(task):
    i, k, w = task
    acc = 0
    for j in range(w % 13):
        acc += j * w
    return (i * PER + k) * 3 + acc


def worker(i, go):
    wait(go)
    me = "w%d" % i
    while True:
        try:
            task = queue.pop()
        except IndexError:
            if len(finished) == NPROD and not queue:
                break
            continue
        key = (task[0], task[1])
        if key in results:       # pop handed one task out twice
            dups.append(key)
        results[key] = work(task)
        done_by.setdefault(me, []).append(key)


def role(i, go):
    if i < NPROD:
        producer(i, go)
    else:
        worker(i - NPROD, go)


run([role] * (NPROD + NWORK))

total = NPROD * PER
processed = [k for v in done_by.values() for k in v]
print("tasks", total, "results", len(results), "processed", len(processed),
      "unique", len(set(processed)), "left", len(queue), "dups", len(dups))
print("values", all(results[(i, k)] == work((i, k, (i * PER + k) % 97))
                    for i in range(NPROD) for k in range(PER)))

# fan-in: each worker extends its share into one list, sorts a copy,
# then a dict of counters is merged with update from every thread
out = []
counts = {}
lock = threading.Lock()


def fan(i, go):
    wait(go)
    mine = list(range(i, 20000, NWORK))
    for s in range(0, len(mine), 100):
        out.extend(mine[s:s + 100])
    local = {}
    for x in mine:
        local[x % 10] = local.get(x % 10, 0) + 1
    with lock:              # read-modify-write needs a lock, as in CPython
        for k, v in local.items():
            counts[k] = counts.get(k, 0) + v


run([fan] * NWORK)
print("fan-in", len(out), sorted(out) == list(range(20000)), sorted(counts.items()))
print("ok")
