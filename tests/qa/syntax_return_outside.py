# "return" outside a function: CPython underlines the whole statement.
print("never")
return 5
