print(bytearray(b'ab'), bytearray(3), bytearray('é', 'utf-8'), bytearray())
class B(bytearray):
    def __init__(self, n, fill):
        super().__init__(bytes([fill]) * n)
print(B(3, 65), type(B(2, 66)).__name__)
b = bytearray(b'xyz'); b.__init__(b'q'); print(b)
try:
    bytearray(1.5)
except TypeError as e:
    print(e)
