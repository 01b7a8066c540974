match = 1
case = 2
_ = 3
match(x)
match[0]
type = 4
match.attr = 5
case, match = 1, 2
def match(): pass
