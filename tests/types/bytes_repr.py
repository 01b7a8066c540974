# repr of bytes and bytearray.
for b in [b'', b'abc', b"'", b'"', b'\'"', b'\x00\x01\x7f\x80\xff', b'\t\n\r', b'\\', b'\x1b', bytes(range(250, 256))]:
    print(repr(b), str(b), repr(bytearray(b)))
print(bytes(range(0, 256, 17)))
print([b'x', bytearray(b'y')], {b'k': bytearray()})
