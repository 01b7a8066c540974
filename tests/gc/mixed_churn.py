# Mixed allocation churn with a live working set that must stay intact.
live = {}
checksum = 0
for step in range(200000):
    key = step % 1000
    if step % 3 == 0:
        live[key] = [step, str(step), (step, step + 1)]
    elif key in live and step % 7 == 0:
        del live[key]
    temp = {'a': step, 'b': [step] * 2}
    checksum = (checksum + temp['b'][1]) % 1000000007
print(len(live), checksum)
ok = all(v[1] == str(v[0]) and v[2] == (v[0], v[0] + 1) for v in live.values())
print(ok, sum(v[0] for v in live.values()) % 1000003)
