# math integer functions: factorial, gcd, lcm, isqrt, comb, perm, prod.
import math
print([math.factorial(n) for n in range(11)], math.factorial(30))
print(len(str(math.factorial(500))), math.factorial(100) % (10 ** 9 + 7))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 99, 100)], math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
for f, args in [(math.factorial, (-1,)), (math.factorial, (2.5,)), (math.isqrt, (-1,)), (math.comb, (-1, 2)),
                (math.perm, (5, -1)), (math.gcd, (1.5, 2))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
