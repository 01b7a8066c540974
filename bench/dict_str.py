# dict_str.py -- text processing with dicts and strings.
# Exercises: building strings with f-strings (including format specs),
# str.join, str.split, str.strip, str.lower / upper / capitalize / title,
# str.replace, str.startswith / endswith, str.find, str.partition,
# str.count, str.zfill, `in` on strings, slicing of strings, dicts keyed by
# strings (get, setdefault, items, keys, `in`, len), dict of dicts, nested
# dict updates, sorted() with a key function, int() / str() conversions.
#
# A deterministic pseudo-random text is generated from a syllable table,
# then words, bigrams and letters are counted, a "report" of records is
# rendered with f-strings and parsed back, and small digests of the
# results are printed.  Nothing depends on hash() or set/dict ordering
# beyond insertion order, so the output is the same on every Python.
#
# Usage: dict_str.py [sentences]    (default: DEFAULT_SIZE sentences)
import sys

DEFAULT_SIZE = 80000
SIZE_KIND = "linear"

SYLLABLES = [
    "ka", "lo", "mi", "ne", "ru", "ta", "shi", "en", "or", "ba", "qui", "dra",
    "po", "le", "su", "vin", "te", "ar", "ol", "ze", "fa", "gu", "ith", "ny",
]
STOP_WORDS = {"ka": True, "lo": True, "en": True, "or": True}


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    vocab = []
    seen = {}
    while len(vocab) < size:
        parts = [SYLLABLES[rng.next(len(SYLLABLES))]
                 for _ in range(1 + rng.next(3))]
        word = "".join(parts)
        if word not in seen:
            seen[word] = len(vocab)
            vocab.append(word)
    return vocab


def make_text(rng, vocab, sentences):
    lines = []
    for s in range(sentences):
        n = 4 + rng.next(9)
        words = []
        for k in range(n):
            # Skewed choice: low indexes are much more common.
            idx = rng.next(len(vocab))
            idx = idx * rng.next(len(vocab)) // len(vocab)
            w = vocab[idx]
            if k == 0:
                w = w.capitalize()
            elif rng.next(11) == 0:
                w = w + ","
            words.append(w)
        end = "." if rng.next(6) else "?"
        lines.append(f"{' '.join(words)}{end}")
    return lines


def count_words(lines):
    words = {}
    bigrams = {}
    letters = {}
    questions = 0
    for line in lines:
        line = line.strip()
        if line.endswith("?"):
            questions += 1
        prev = None
        for raw in line.split(" "):
            w = raw.strip(".,?").lower()
            if not w or w in STOP_WORDS:
                prev = None
                continue
            words[w] = words.get(w, 0) + 1
            if prev is not None:
                key = f"{prev} {w}"
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
            first = w[0]
            letters[first] = letters.get(first, 0) + 1
    return words, bigrams, letters, questions


def render_report(words):
    # Group words by length into a dict of dicts, then render records.
    groups = {}
    for w, c in words.items():
        groups.setdefault(len(w), {})[w] = c
    rows = []
    for length in sorted(groups.keys()):
        group = groups[length]
        total = 0
        for c in group.values():
            total += c
        best = sorted(group.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        rows.append(f"len={length:02d}|words={len(group):5d}|total={total:8d}"
                    f"|best={best[0]:>12}|share={100.0 * best[1] / total:7.3f}")
    return rows


def parse_report(rows):
    parsed = []
    for row in rows:
        record = {}
        for field in row.split("|"):
            key, _, value = field.partition("=")
            record[key] = value.strip()
        parsed.append(record)
    return parsed


def rewrite(lines):
    # Assorted string transformations; returns a digest of the output.
    acc = 0
    for i, line in enumerate(lines):
        t = line.replace("ka", "KA").replace(",", ";")
        if "shi" in t:
            t = t.upper()
        elif t.startswith("Qui"):
            t = t.title()
        pos = t.find("ar")
        if pos >= 0:
            t = t[:pos] + "<" + t[pos:pos + 2] + ">" + t[pos + 2:]
        tag = str(i % 1000).zfill(4)
        t = f"[{tag}] {t}"
        acc = (acc * 31 + len(t) + t.count("a") + t.count("<")) % 1000000007
    return acc


def string_digest(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 4294967291
    return h


def main():
    sentences = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    rng = Lcg(42)
    vocab = make_vocabulary(rng, 3000)
    lines = make_text(rng, vocab, sentences)
    words, bigrams, letters, questions = count_words(lines)

    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    rows = render_report(words)
    parsed = parse_report(rows)
    total_from_report = sum(int(r["total"]) for r in parsed)

    print(f"dict_str sentences={sentences} lines={len(lines)} "
          f"questions={questions}")
    print(f"distinct words={len(words)} bigrams={len(bigrams)} "
          f"first letters={len(letters)}")
    print("top words: " + ", ".join(f"{w}:{c}" for w, c in top))
    print("top bigrams: " + ", ".join(f"{w}:{c}" for w, c in top_bigrams))
    letter_line = "".join(f"{k}{letters[k]}" for k in sorted(letters))
    print(f"letters: {letter_line}")
    print(f"report rows={len(rows)} total={total_from_report} "
          f"digest={string_digest(chr(10).join(rows))}")
    print(f"rewrite digest={rewrite(lines)}")


main()
