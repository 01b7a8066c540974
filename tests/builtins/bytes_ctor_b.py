# bytes() and bytearray() constructors.
print(bytes(), bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)), bytes('héllo', 'utf-8'), bytes(b'x'))
print(bytes('abc', encoding='ascii'), bytes(bytearray([7])), bytes((x for x in [104, 105])))
print(bytearray(), bytearray(2), bytearray([0, 1]), bytearray('é', 'utf-8'), bytearray(b'ab'))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
class I:
    def __index__(self):
        return 3
print(bytes(I()), bytearray(I()))
for args in [(-1,), ([256],), ([-1],), ('text',), ('x', 'no-such-codec'), (1.5,), (['a'],)]:
    try:
        bytes(*args)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
