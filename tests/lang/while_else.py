# while loops, including else clauses with and without break.
i = 0
while i < 5:
    print('i', i)
    i += 1
else:
    print('else ran, i =', i)
j = 0
while j < 10:
    if j == 3:
        print('breaking at', j)
        break
    j += 1
else:
    print('not printed')
k = 10
while k < 5:
    print('never')
else:
    print('else on zero iterations')
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print('even', n)
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    outer += 1
print('count', count)
x = [3, 2, 1]
while x:
    print('pop', x.pop())
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
