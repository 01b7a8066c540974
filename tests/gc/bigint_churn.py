# Large temporary integers created and discarded.
acc = 0
x = 3 ** 200
for i in range(20000):
    y = x * (i + 1) + i
    acc = (acc + y % 1000003) % 1000003
print(acc)
f = 1
for i in range(1, 1500):
    f *= i
print(len(str(f)), f % 999983)
vals = [2 ** i for i in range(2000)]
print(sum(vals) == 2 ** 2000 - 1, vals[-1].bit_length())
