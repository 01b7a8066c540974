# break and continue in nested loops, in try/finally, with else.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print('i', i)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('finally before break?', i)
def loop_in_try():
    out = []
    for i in range(5):
        try:
            if i % 2:
                continue
            out.append(i)
        except Exception:
            pass
        else:
            out.append('e')
    return out
print(loop_in_try())
res = []
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    res.append(i)
print(res)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print('found', found)
