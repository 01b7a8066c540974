# Many exceptions raised and caught; tracebacks and contexts must be freed.
caught = 0
for i in range(100000):
    try:
        if i % 2:
            raise ValueError(i)
        {}[i]
    except (ValueError, KeyError) as e:
        caught += 1
print(caught)
def nested(n):
    try:
        raise KeyError(n)
    except KeyError:
        try:
            raise ValueError(n)
        except ValueError as e:
            return e
chain_len = 0
for i in range(20000):
    e = nested(i)
    if e.__context__ is not None:
        chain_len += 1
print(chain_len)
