# Nested expressions inside f-strings.
data = {'a': [1, 2, 3], 'b': {'c': 'deep'}}
print(f"{data['a'][1]} {data['b']['c']}")
print(f"{[i * i for i in range(5)]}")
print(f"{ {k: len(str(v)) for k, v in data.items()} }")
print(f"{(lambda y: y + 1)(5)}")
print(f"{f'{1 + 1}'}")
print(f"{'a' + 'b'}{'c'}")
print(f"{'x' * 3:>{2 + 3}}")
vals = [3, 1, 2]
print(f"{sorted(vals)} {sorted(vals, reverse=True)}")
print(f"{','.join(str(v) for v in vals)}")
def fn(a, b=2, *, c=3):
    return a + b + c
print(f"{fn(1)} {fn(1, c=10)} {fn(*[1, 1])}")
print(f"{(x := 5) + x}")
obj = type('O', (), {'attr': 'value'})()
print(f"{obj.attr.upper()}")
print(f"{1:{2}{3}}|")
print(f"{'{'}{'}'}")
print(f"{3 > 2 and 'yes'}")
print(f"{not 0}")
