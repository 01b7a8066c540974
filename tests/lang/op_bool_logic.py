# and/or/not: short-circuiting and returned operand values.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or '', None or [])
print('' and 'x', 'a' and 'b' and 'c', '' or 0 or None)
print(not 0, not 1, not '', not 'x', not [], not [0], not None)
print([] or 'default', {} or {1: 2}, (0,) or 'x')
def t(label, val):
    print('eval', label)
    return val
print(t('a', 0) and t('b', 1))
print(t('c', 1) or t('d', 1))
print(t('e', 1) and t('f', 0) or t('g', 'last'))
print(not t('h', 0) and t('i', 5))
print(bool(0.0), bool(0j) if False else False, bool(-1), bool(float('nan')))
print(bool(()), bool(range(0)), bool(range(1)), bool(b''), bool(set()))
class Truthy:
    def __bool__(self):
        print('bool called')
        return False
print(not Truthy())
print(Truthy() or 'fallback')
class Len:
    def __len__(self):
        return 0
print(bool(Len()), not Len())
x = None
y = x or 5
print(y)
print(1 and 0 or 3, 1 or 0 and 3, (1 or 0) and 3)
print(True and False or True, not True == False, (not True) == False)
