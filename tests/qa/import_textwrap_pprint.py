# textwrap and pprint.
import textwrap, pprint
print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 2, 25))
print(textwrap.dedent("    a\n      b\n"))
pprint.pprint({"numbers": list(range(15)), "name": "x" * 60})
