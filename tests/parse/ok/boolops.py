a and b
a or b
a and b and c
a or b or c
a and b or c and d
(a or b) and c
not a or not b
x = a and (b or c)
