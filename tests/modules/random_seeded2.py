# More seeded random sequences: re-seeding, string seeds, big ranges.
import random
random.seed(1)
a = [random.random() for _ in range(3)]
random.seed(1)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(99)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
random.seed(123456789)
print([random.randint(0, 1) for _ in range(30)])
random.seed(3)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
random.shuffle(words)
print(words, random.choice(words))
random.seed(2 ** 80)
print(random.random())
random.seed(-5)
print(random.random())
