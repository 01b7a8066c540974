x = None
y = True
z = False
a = ...
b = x.real
c = Ellipsis
