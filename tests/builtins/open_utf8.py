# open() with encoding='utf-8' and non-ASCII text.
path = '/tmp/weft_test_open_utf8.txt'
text = 'héllo wörld\n日本語のテキスト\nemoji 🙂 ok\n'
with open(path, 'w', encoding='utf-8') as f:
    print(f.write(text))
with open(path, encoding='utf-8') as f:
    data = f.read()
print(data == text, len(data))
with open(path, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:8], raw.decode('utf-8') == text)
with open(path, encoding='utf-8') as f:
    print(f.read(4), f.readline().rstrip(), f.readline().rstrip())
with open(path, encoding='utf-8') as f:
    for line in f:
        print(len(line), line.rstrip())
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(f.read())
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
