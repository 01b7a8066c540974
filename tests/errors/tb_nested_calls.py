# Traceback through several function frames.
def level_three(n):
    raise KeyError(n)

def level_two(n):
    level_three(n * 2)

def level_one(n):
    level_two(n + 1)

print('calling')
level_one(1)
