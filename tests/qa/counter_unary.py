# Counter supports unary + and - (keep positive / negated-positive counts).
from collections import Counter
c = Counter(a=3, b=-2, c=0)
print(+c)
print(-c)
print(c + Counter(), c - Counter())
