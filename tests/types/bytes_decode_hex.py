# bytes.decode, hex, fromhex.
data = 'héllo 🙂'.encode('utf-8')
print(data, data.decode('utf-8'), data.decode('latin-1'), len(data))
print(data.hex(), data.hex(':'), data.hex(' ', 2), data.hex('-', -3))
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD be ef'), bytes.fromhex(''))
print(bytearray.fromhex('00ff'), bytearray(b'\x01\x02').hex())
for bad in ('abc', 'zz', '0 0'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print(b'\xff\xfe'.decode('utf-8', 'replace'), b'abc\xff'.decode('ascii', 'ignore'))
try:
    b'\xff'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(b'caf\xc3\xa9'.decode(), bytes(range(32, 48)).decode('ascii'))
print(b'\x00\x7f\x80\xff'.hex(), bytes([0, 15, 16, 255]).hex().upper())
