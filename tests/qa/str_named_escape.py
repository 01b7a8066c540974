# \N{NAME} escapes in string literals.
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}", len("\N{SNOWMAN}"))
print("caf\N{LATIN SMALL LETTER E WITH ACUTE}" == "café")
