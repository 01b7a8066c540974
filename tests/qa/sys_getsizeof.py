# sys.getsizeof returns a positive size that grows with the container.
import sys
print(sys.getsizeof("") > 0, sys.getsizeof(0) > 0, sys.getsizeof([]) > 0)
print(sys.getsizeof("x" * 1000) > sys.getsizeof("x"))
print(sys.getsizeof(list(range(1000))) > sys.getsizeof([]))
