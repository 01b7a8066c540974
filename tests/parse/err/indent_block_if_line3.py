a = 1
b = 2
if x:
y = 1
