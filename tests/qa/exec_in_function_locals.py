# exec() inside a function writes new names into the frame's locals
# snapshot; locals() then still shows them (existing fast locals unchanged).
def f():
    x = 1
    exec("x = 2; y = 3")
    loc = locals()
    return x, "y" in loc, loc.get("y")

print(f())
