import sys
from collections import Counter, defaultdict

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us; we were all going direct
to Heaven, we were all going direct the other way.
"""

def words(text):
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,;:!?\"'()").lower()
            if w:
                yield w

def paragraphs(text):
    para = []
    for line in text.split("\n"):
        if line.strip():
            para.append(line.strip())
        elif para:
            yield " ".join(para)
            para = []
    if para:
        yield " ".join(para)

def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur: lines.append(cur)
    return lines

path = "/tmp/weft_test_qa_text.txt"
with open(path, "w") as f:
    f.write(TEXT)
with open(path) as f:
    content = f.read()
assert content == TEXT

freq = Counter(words(content))
print("total words:", sum(freq.values()), "unique:", len(freq))
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"  {w:<10} {n:>3} {'#' * n}")
by_len = defaultdict(set)
for w in freq:
    by_len[len(w)].add(w)
for n in sorted(by_len):
    print(n, ", ".join(sorted(by_len[n])))
for i, p in enumerate(paragraphs(content), 1):
    print(f"--- paragraph {i} ({len(p)} chars)")
    for line in wrap(p, 38):
        print("|" + line.center(40) + "|")
caps = {w for w in words(content.title())}
print(sorted(caps)[:5])
first_letters = Counter(w[0] for w in words(content))
print("".join(sorted(first_letters.elements()))[:40])
vowels = sum(ch in "aeiou" for ch in content.lower())
print("vowels", vowels, "ratio %.3f" % (vowels / len(content)))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, acr.lower().capitalize(), " ".join(reversed("one two three".split())))
table = str.maketrans("aeiou", "AEIOU", "th")
print(content.splitlines()[0].translate(table))
lines = content.splitlines()
print(max(lines, key=len), len(max(lines, key=len)))
with open(path, "a") as f:
    print("appended line", file=f)
with open(path) as f:
    print(sum(1 for _ in f), "lines")
