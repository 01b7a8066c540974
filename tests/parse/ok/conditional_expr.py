a = b if c else d
e = (b if c else d) if f else g
h = b if (c if d else e) else f
i = lambda: a if b else c
j = [x if x else y for x in z]
k = a if b else c if d else e
