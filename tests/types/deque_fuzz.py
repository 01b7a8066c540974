# collections.deque against a seeded random mix of every mutating operation
# (the ring buffer wraps, grows, shrinks and shifts both ways), checked
# item by item against a list model.  Prints one line per trial.
from collections import deque

seed = 2024


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


def model_trim(m, ml, left):
    while ml is not None and len(m) > ml:
        if left:
            m.pop()
        else:
            m.pop(0)


for trial in range(24):
    ml = None if rnd(3) else rnd(300)
    start = list(range(rnd(100)))
    d = deque(start, ml)
    m = list(start)
    model_trim(m, ml, False)
    errors = 0
    for step in range(300):
        op = rnd(14)
        x = step + 1000
        try:
            if op == 0:
                d.append(x); m.append(x); model_trim(m, ml, False)
            elif op == 1:
                d.appendleft(x); m.insert(0, x); model_trim(m, ml, True)
            elif op == 2:
                assert d.pop() == m.pop()
            elif op == 3:
                assert d.popleft() == m.pop(0)
            elif op == 4:
                i = rnd(400) - 200
                if ml is not None and len(m) >= ml:
                    raise IndexError
                d.insert(i, x); m.insert(i, x)
            elif op == 5:
                i = rnd(400) - 200
                del d[i]; del m[i]
            elif op == 6:
                k = rnd(1000) - 500
                d.rotate(k)
                if m:
                    k %= len(m)
                    m[:] = m[len(m) - k:] + m[:len(m) - k]
            elif op == 7:
                d.reverse(); m.reverse()
            elif op == 8:
                v = rnd(100)
                if v in m:
                    d.remove(v); m.remove(v)
            elif op == 9:
                r = range(rnd(600))
                d.extend(r); m.extend(r); model_trim(m, ml, False)
            elif op == 10:
                r = range(rnd(600))
                d.extendleft(r)
                for y in r:
                    m.insert(0, y)
                    model_trim(m, ml, True)
            elif op == 11:
                i = rnd(400) - 200
                d[i] = x; m[i] = x
            elif op == 12:
                for _ in range(rnd(800)):
                    if m:
                        assert d.popleft() == m.pop(0)
            else:
                v = rnd(100)
                assert d.count(v) == m.count(v)
                if v in m:
                    assert d.index(v) == m.index(v)
        except IndexError:
            errors += 1
        assert len(d) == len(m), (trial, step, op)
    ok = list(d) == m and list(reversed(d)) == m[::-1]
    ok = ok and all(d[i] == m[i] for i in range(-len(m), len(m)))
    print(trial, ml, len(d), errors, ok, sum(m) % 100003)
