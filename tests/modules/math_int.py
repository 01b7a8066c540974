# math: integer functions on small and big ints.
import math
print([math.factorial(n) for n in range(12)])
print(math.factorial(30), len(str(math.factorial(1000))))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5), math.lcm(2**64, 3**40))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 11), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(30, 10), math.perm(5, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**200 - 1), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(['ab', 3]))
print(math.log(10**1000), math.log2(2**2000), math.log10(10**500), math.log(2**3000, 2), math.log(10**400, 10**200))
print(math.floor(10**30 + 0.0), math.trunc(-10**25), math.ceil(2**70))
for bad in [(-1,), (1.5,), ('3',)]:
    try:
        math.factorial(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for f, args in [(math.comb, (5, -1)), (math.comb, (-5, 1)), (math.perm, (-1, 1)), (math.perm, (3, -2)), (math.isqrt, (-1,)), (math.gcd, (1.5,)), (math.comb, (5.0, 2)), (math.lcm, ('a',))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
