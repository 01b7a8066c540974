# Huffman coding with deterministic tie-breaking; encode, decode, and stats.
TEXT = 'this is an example of a huffman tree built from a short sentence of text'
def build(freqs):
    nodes = [(w, i, ch) for i, (ch, w) in enumerate(sorted(freqs.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes[0], nodes[1]
        nodes = nodes[2:] + [(a[0] + b[0], counter, (a, b))]
        counter += 1
    return nodes[0]
def codes(node, prefix='', table=None):
    if table is None:
        table = {}
    payload = node[2]
    if isinstance(payload, str):
        table[payload] = prefix or '0'
    else:
        codes(payload[0], prefix + '0', table)
        codes(payload[1], prefix + '1', table)
    return table
def decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node[2][int(b)]
        if isinstance(node[2], str):
            out.append(node[2])
            node = tree
    return ''.join(out)
freqs = {}
for ch in TEXT:
    freqs[ch] = freqs.get(ch, 0) + 1
tree = build(freqs)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), table[c])):
    print(repr(ch), freqs[ch], table[ch])
encoded = ''.join(table[ch] for ch in TEXT)
print(len(encoded), 'bits vs', 8 * len(TEXT), 'bits')
print(encoded[:64])
print(decode(encoded, tree) == TEXT)
packed = int(encoded, 2).to_bytes((len(encoded) + 7) // 8, 'big')
print(packed.hex())
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print('prefix free:', prefix_free)
avg = sum(freqs[c] * len(table[c]) for c in freqs) / len(TEXT)
print('average bits per symbol: %.4f' % avg)
