# Big-integer Fibonacci, factorial, powers and digit statistics.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in (10, 50, 100, 200, 500):
    print('fib(%d) = %d' % (n, fib(n)))
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:20], str(f1000)[-20:])
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (20, 52, 100):
    print('%d! = %d' % (n, fact(n)))
f500 = fact(500)
s = str(f500)
print(len(s), sum(int(d) for d in s), len(s) - len(s.rstrip('0')))
print(2 ** 521 - 1)
print(pow(3, 1000, 10 ** 30), (7 ** 222) % 1000000007)
def digits_of_e(n):
    # e = sum 1/k! computed with scaled integers
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print(digits_of_e(60))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(2 * 10 ** 100))
print(int('1' * 60) * int('9' * 60))
catalan = [1]
for i in range(40):
    catalan.append(catalan[-1] * 2 * (2 * i + 1) // (i + 2))
print(catalan[-1], catalan[10:15])
