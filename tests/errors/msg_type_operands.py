# TypeError messages for unsupported operand types.
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (1,), lambda: 1 - 'a', lambda: 'a' - 'b',
    lambda: {} * 2, lambda: 'a' / 2, lambda: 'a' // 2, lambda: 'a' % 1, lambda: 2 ** 'a',
    lambda: 1 << 1.5, lambda: 1.5 >> 1, lambda: 1 & 1.5, lambda: 'a' | 1, lambda: {1} ^ [1],
    lambda: None + 1, lambda: 1 @ 2, lambda: -'a', lambda: +[], lambda: ~1.5, lambda: ~'x',
    lambda: 1 < 'a', lambda: 'a' > 1, lambda: [] <= (), lambda: None >= None, lambda: {} < {},
    lambda: object() < object(), lambda: 1j < 2j, lambda: divmod('a', 1), lambda: abs('a'),
    lambda: 'abc' * 'd', lambda: [1] * 1.5, lambda: (1,) * None, lambda: 'a' in 1, lambda: 1 in 'abc',
    lambda: len(5), lambda: sum(['a']), lambda: 'x' < b'x', lambda: b'x' + 'x', lambda: pow('a', 2),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
x = 5
try:
    x += 'a'
except TypeError as e:
    print(e)
s = 'a'
try:
    s -= 1
except TypeError as e:
    print(e)
l = [1]
try:
    l += 5
except TypeError as e:
    print(e)
try:
    l *= 'x'
except TypeError as e:
    print(e)
class A:
    pass
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    A() < 1
except TypeError as e:
    print(e)
