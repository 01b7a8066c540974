# memoryview over bytes / bytearray.
ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = ord("J")
print(ba, m[1], bytes(m[1:3]), m.tobytes(), len(m))
