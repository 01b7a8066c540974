x = (f"""
    {a +
  b}
""")
y = f"""{
    value
}"""
z = f'''{
x}'''
w = (f"first {a}"
     f"second {b}")
v = f"""{x!r:>{width}}
trailing"""
