# Building and dropping big lists repeatedly.
checksum = 0
for round_no in range(20):
    big = [i * round_no for i in range(100000)]
    checksum += big[-1] + len(big)
    big = None
print(checksum)
keep = []
for i in range(50):
    chunk = list(range(i * 1000, i * 1000 + 1000))
    if i % 5 == 0:
        keep.append(chunk)
print(len(keep), sum(sum(c) for c in keep))
nested = [[j for j in range(100)] for i in range(2000)]
print(sum(map(sum, nested)))
nested = [row[:10] for row in nested]
print(sum(map(sum, nested)), len(nested))
