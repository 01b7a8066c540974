# ascii()
print(ascii('plain'), ascii('é'), ascii('日本'), ascii('🙂'), ascii('\n\t'), ascii("'"))
print(ascii([1, 'ü', ('ñ',)]), ascii({'ключ': 'значение'}), ascii(b'\xff'), ascii(1.5), ascii(None))
class C:
    def __repr__(self):
        return 'C(ä)'
print(ascii(C()), repr(C()))
