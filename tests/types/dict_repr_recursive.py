# repr of dicts with nested and self-referencing content.
d = {'name': 'x', 'nums': [1, 2], 'nested': {'deep': (1, 'two')}, 'none': None, 1.5: True}
print(d)
print(repr(d) == str(d))
d['me'] = d
print(d)
lst = [d]
d['list'] = lst
print(lst)
e = {}
e[1] = {2: e}
print(e)
print({'quote': "it's", 'dq': 'say "x"', 'esc': '\n'})
print({(): [], frozenset(): {}, b'': ''})
