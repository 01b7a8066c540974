# Counter rich comparisons (3.10+): multiset inclusion.
from collections import Counter
a, b = Counter("ab"), Counter("aab")
print(a < b, a <= b, b > a, b >= a, a < a, Counter(x=0) == Counter())
