# Sieve of Eratosthenes plus some prime statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, v in enumerate(is_prime) if v]
primes = sieve(100000)
print(len(primes), primes[:15], primes[-3:])
print(sum(primes) % 1000000007)
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:5], twins[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in (360, 9973, 1000000007, 600851475143, 2 ** 31 - 1, 123456789):
    print(n, factorize(n))
seg = [True] * 1000
base = 10 ** 9
for p in primes:
    if p * p > base + 1000:
        break
    start = max(p * p, (base + p - 1) // p * p)
    for m in range(start, base + 1000, p):
        seg[m - base] = False
print([base + i for i, v in enumerate(seg) if v][:5])
