# f-string self-documenting expressions with '='.
x = 10
name = "Ada"
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x*2=}")
print(f"{x + 1 = }")
print(f"{name.upper()=}")
print(f"{x=:5d}|")
print(f"{3.14159=:.2f}")
items = [1, 2]
print(f"{items=} {len(items)=}")
print(f"{'s'=}")
print(f"{x=!r:>6}|")
