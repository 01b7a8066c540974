# Log-processing pipeline built from generators.
LOG = """2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG connection from 10.0.0.1
2024-01-01 10:01:10 WARN  slow request path=/api/items ms=1250
2024-01-01 10:02:00 ERROR failed to open file name=data.csv
2024-01-01 10:02:30 INFO  request path=/api/items ms=120
2024-01-01 10:03:45 INFO  request path=/api/users ms=80
2024-01-01 10:04:00 ERROR timeout path=/api/report ms=30000
malformed line here
2024-01-01 10:05:00 WARN  slow request path=/api/users ms=900
2024-01-01 10:06:00 INFO  shutdown"""
def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line
def parse(lines):
    for n, line in lines:
        parts = line.split(None, 3)
        if len(parts) < 4 or parts[2] not in ('INFO', 'DEBUG', 'WARN', 'ERROR'):
            print('  skipping malformed line', n)
            continue
        date, time, level, msg = parts
        fields = dict(tok.split('=', 1) for tok in msg.split() if '=' in tok)
        yield {'line': n, 'time': time, 'level': level, 'msg': msg, 'fields': fields}
def where(records, pred):
    for r in records:
        if pred(r):
            yield r
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def counter():
    counts = {}
    while True:
        rec = yield dict(counts)
        counts[rec['level']] = counts.get(rec['level'], 0) + 1
pipeline = parse(read_lines(LOG))
important = where(pipeline, lambda r: r['level'] in ('WARN', 'ERROR'))
for r in important:
    print(r['line'], r['time'], r['level'], r['fields'])
timed = [int(r['fields']['ms']) for r in parse(read_lines(LOG)) if 'ms' in r['fields']]
print('timings', timed, 'max', max(timed), 'avg', sum(timed) // len(timed))
print([r['time'] for r in take(3, parse(read_lines(LOG)))])
c = counter()
next(c)
for r in parse(read_lines(LOG)):
    snapshot = c.send(r)
print(snapshot)
paths = {}
for r in where(parse(read_lines(LOG)), lambda r: 'path' in r['fields']):
    paths.setdefault(r['fields']['path'], []).append(int(r['fields'].get('ms', 0)))
print(sorted(paths.items()))
def chunks(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print([[r['line'] for r in b] for b in chunks(parse(read_lines(LOG)), 4)])
