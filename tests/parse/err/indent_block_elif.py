if x:
    pass
elif y:
z = 1
