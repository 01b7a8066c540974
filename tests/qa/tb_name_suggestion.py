# Uncaught NameError for a misspelt local: CPython 3.11's traceback adds
# "Did you mean: 'counter'?".
def tally(items):
    counter = 0
    for _ in items:
        counter += 1
    return countr

print("start")
tally([1, 2])
