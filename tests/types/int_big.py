# Huge integers: multiplication, division, string conversion.
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 150)
print(2 ** 1000 % 10 ** 20, str(2 ** 1000)[:30])
n = 7 ** 300
m = 13 ** 200
print(n // m, n % m)
print(divmod(n, -m)[0] == -(n // m) - 1)
print((n * m) // m == n, (n * m) % m)
print(-n // m == -(n // m) - 1)
print(int('9' * 200) + 1 == 10 ** 200)
print(int('-' + '1' * 100))
print(hex(2 ** 200), oct(3 ** 50), bin(5 ** 20))
print(10 ** 50 // 3, -(10 ** 50) // 3)
print(2 ** 4000 > 3 ** 2500, 2 ** 4000 == 2 ** 4000, 2 ** 4000 != 2 ** 4000 + 1)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
x = 2 ** 521 - 1
print(pow(3, x - 1, x))
print(x.bit_length(), (x + 1).bit_length())
print(abs(-(10 ** 40)), -(-(10 ** 40)))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(fib[300] * fib[299] - fib[301] * fib[298])
