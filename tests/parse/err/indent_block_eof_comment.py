if x:
# nothing
