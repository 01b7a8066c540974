# leading comment

# another


x = 1  # trailing comment
# between
if x:  # after colon
    # indented comment
    y = 2

    # blank lines in block

    z = 3
# dedent comment
def f():
    pass
    # comment at end of block
# final comment
