# bool()
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(''), bool(' '), bool([]), bool([0]))
print(bool({}), bool({0: 0}), bool(()), bool(set()), bool(None), bool(range(0)), bool(b''), bool(bytearray(1)))
class Z:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Z()), bool(B()), bool(Plain()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError', e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print('ValueError', e)
print(bool is type(True), bool(x=1) if False else 'no kwargs')
