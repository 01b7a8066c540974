for b,enc in [(b'a','utf-16-le'),(b'\x00\xd8a\x00','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xdc\x00\x00','utf-16-le'),(b'abc','utf-32-le'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\xff\xfea\x00','utf-16'),(b'a\x00','utf-16'),(b'\xfe\xff\x00a','utf-16'),(b'\xef\xbb\xbfx','utf-8-sig'), (b'=\xd8\x00\xde', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le')]:
    for errors in ('strict', 'replace', 'ignore'):
        try: print(repr(b.decode(enc, errors)))
        except Exception as e: print(type(e).__name__, e)
for s in ['a\U0001F600', 'héllo', '']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'UTF16', 'utf_32']:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
for errors in ('strict', 'ignore', 'replace', 'surrogatepass'):
    try: print('a\ud800b'.encode('utf-16', errors))
    except Exception as e: print(e)
for b in [b'\xed\xa0\x80', b'a\xed\xb2\x80b', b'\xed\xa0', b'\xff']:
    for e in ['surrogatepass', 'surrogateescape', 'strict']:
        try: print(repr(b.decode('utf-8', e)))
        except Exception as x: print(type(x).__name__, x)
print('\ud800'.encode('utf-8', 'surrogatepass'), 'a\udcffb'.encode('utf-8', 'surrogateescape'))
