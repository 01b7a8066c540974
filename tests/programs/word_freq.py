# Word frequency over an embedded text, sorted by count then word.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""
def words(text):
    cleaned = ''.join(c.lower() if c.isalpha() or c.isspace() else ' ' for c in text)
    return cleaned.split()
ws = words(TEXT)
print(len(ws), 'words,', len(set(ws)), 'distinct')
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:12]:
    print('%-12s %3d %s' % (word, count, '*' * count))
print('singletons:', sorted(w for w, c in freq.items() if c == 1))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print(''.join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
