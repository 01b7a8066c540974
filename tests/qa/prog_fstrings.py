# ---- part 1
x, w, d = 3.14159, 12, {"k": [1, 2]}
print(f"{x!r:^{w}}|{x:{w}.{2}f}|{'yes' if x > 3 else 'no'}|{d['k'][1]}|{len(d)=}|{x = :.2f}|{(lambda v: v * 2)(4)}")
name = "Ann"
print(f"""Dear {name},
  total: {sum([1, 2, 3]):>5}
  {'multi' + 'line'}""")
print(f"{'{'}{x:.1f}{'}'}", f"{{{x:.0f}}}", f"{d!r}", f"{d['k']!s:>10}", f"{3:{'>'}{5}}", f"{-1:+}", f"{255:#06x}", f"{1e6:,.0f}", f"{0.000001234:.3g}")
items = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for n, q, p in items: print(f"{n:.<10}{q:.>4}  @ {p:5.2f} = {q * p:7.2f}")
print(f"{'nested ' + f'{x:.1f}'}", f"{x:.{1 + 1}f}", f'{"dq"}', f"{[i**2 for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{x!a}")
width = 20
print(f"{'centered':^{width}}|", f"{'left':<{width // 2}}|", f"{'':-^{width}}")
print("%s" % (1, ), "%s" % [1, 2], "%s-%s" % ("a", "b"), "%r" % ((1, 2),), "%-6s|%6s" % ("ab", "cd"), "%06.2f" % 3.14159, "%+d %+d" % (5, -5))

