print
print = 1
print(print)
exec = 2
def print(*a): pass
x = print
