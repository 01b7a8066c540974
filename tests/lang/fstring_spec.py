# f-string format specs, including nested replacement fields in specs.
x = 3.14159265
n = 1234567
print(f"{x:.3f}|{x:10.2f}|{x:<10.1f}|{x:^10.4f}|")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#o}|{255:b}|{255:#b}")
print(f"{'s':*^9}|{'left':<8}|{'right':>8}|")
width = 10
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{x:{'>'}{width}}|")
fill, align = '-', '^'
print(f"{'mid':{fill}{align}{width}}|")
print(f"{n:{','}}")
print(f"{0.25:%}|{0.25:.1%}")
print(f"{1e10:e}|{1e10:.2E}|{123.456:g}|{1e-7:g}")
print(f"{-5:+}|{5:+}|{5: }|{-5: }")
print(f"{42:c}" if False else f"{65:c}")
print(f"{'abc':.2}|{'abcdef':>5.3}|")
val = 12.5
spec = ".1f"
print(f"{val:{spec}}")
print(f"{True:d}|{False:>3}|")
print(f"{-0.0:.1f}|{float('inf'):f}|{float('-inf'):>6}|")
print(f"{1234.5:,.2f}|{1234.5:_.1f}")
print(f"{12:=+6}|{-12:=6}|{12:06}")
