# f-strings: interpolation of expressions.
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(F"upper prefix {n}")
print(f"{'quoted'}", f'{"dq"}')
print(f"{{literal braces}} {n}")
print(f"{{{n}}}")
print(f"{[1, 2, 3]}", f"{ {'a': 1} }", f"{(1, 2)}")
print(f"{len(name)} {name.upper()} {name[::-1]}")
items = [1, 2, 3]
print(f"{sum(items)} {items[-1]} {max(items, key=lambda x: -x)}")
print(f"{n if n > 10 else 0}")
print(f"{'yes' if name else 'no'}")
print(f"a" f"b{n}" "c" f"{n}d")
x = 3.14159
print(f"{x}", f"{x!r}", f"{x:.2f}")
print(f"{None} {True} {b'x'}")
print(f"")
print(f"{n}" * 2)
print(f"{3 + 4}{5 * 6}")
d = {'key': 'value'}
print(f"{d['key']}")
print(f"{name!s:>10}|")
print(f"""triple {n}
second line {name}""")
class P:
    def __init__(self):
        self.v = 7
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P().v} {P():xyz} {P()}")
