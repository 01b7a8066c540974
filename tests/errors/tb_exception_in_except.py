# An error inside an except block that handles an error from a nested call.
def fetch(items, i):
    if i >= len(items):
        raise IndexError('index %d out of range' % i)
    return items[i]

def safe_fetch(items, i):
    try:
        fetch(items, i)
    except IndexError:
        fetch(items, 0)

safe_fetch([], 3)
