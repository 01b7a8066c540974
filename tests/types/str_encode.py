# str.encode and bytes.decode with codecs and error handlers.
s = 'héllo wörld €🙂'
b = s.encode('utf-8')
print(b, len(s), len(b))
print(b.decode('utf-8') == s, b.decode() == s, s.encode() == b)
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), 'é'.encode('latin-1'))
for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
    try:
        print(errors, s.encode('ascii', errors))
    except UnicodeEncodeError as e:
        print(errors, 'UnicodeEncodeError', e)
bad = b'ok\xff\xfeok'
for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
    try:
        print(errors, repr(bad.decode('utf-8', errors)))
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError', e)
print(b'\xe9'.decode('latin-1'), 'caf\xe9'.encode('utf-8'), b'caf\xc3\xa9'.decode())
print('A'.encode('utf-16-le') if False else 'skip utf-16', 'x'.encode(encoding='utf-8'))
print('€'.encode('utf-8').hex(), '🙂'.encode('utf-8').hex(' '), 'ä'.encode('utf8'))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start, e.end)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'x\xff', 'utf-8', 'replace'))
