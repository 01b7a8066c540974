# functools.singledispatch
import functools

@functools.singledispatch
def show(x):
    return "object"

@show.register(int)
def _(x):
    return "int"

@show.register(list)
def _(x):
    return "list"

print(show(1), show([]), show("s"))
