# IndexError inside an augmented subscript assignment: CPython underlines
# the subscript (counts[5]) in the traceback.
def bump(counts, i):
    counts[i] += 1

counts = [0, 0]
bump(counts, 1)
print(counts)
bump(counts, 5)
