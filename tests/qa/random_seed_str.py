# random.seed() with a str / bytes / bytearray seed (version 2 hashes it
# with SHA-512 before seeding) must give CPython's sequence.
import random

for s in ["hello", "", "config-42", b"hello", bytearray(b"xy")]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100))

r = random.Random("experiment")
print(r.random(), r.choice("abcdef"))
