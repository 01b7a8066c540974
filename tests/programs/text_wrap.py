# Word wrapping and full justification of a paragraph, plus centered headings.
PARA = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
        "Supercalifragilisticexpialidocious words are occasionally longer than the column width.")
def wrap(text, width):
    lines, cur = [], []
    length = 0
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur, length = [], 0
            lines.append([word[:width - 1] + '-'])
            word = word[width - 1:]
        if cur and length + 1 + len(word) > width:
            lines.append(cur)
            cur, length = [], 0
        length += len(word) + (1 if cur else 0)
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (30, 44):
    print(('[ width %d ]' % width).center(width + 2, '='))
    lines = wrap(PARA, width)
    for i, ws in enumerate(lines):
        text = ' '.join(ws).ljust(width) if i == len(lines) - 1 else justify(ws, width)
        print('|' + text + '|')
print()
for width in (12, 20):
    for ws in wrap('a bb ccc dddd eeeee ffffff ggggggg hhhhhhhhhhhhhhhhhhhhhhhhh i', width):
        print('<' + ' '.join(ws).rjust(width) + '>')
print(len(wrap(PARA, 10)), max(len(' '.join(l)) for l in wrap(PARA, 10)))
