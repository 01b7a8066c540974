# ZeroDivisionError messages for ints and floats.
cases = [('1 / 0', lambda: 1 / 0), ('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0),
         ('1.0 / 0', lambda: 1.0 / 0), ('1 / 0.0', lambda: 1 / 0.0), ('1.0 // 0', lambda: 1.0 // 0),
         ('1.0 % 0', lambda: 1.0 % 0), ('divmod(1, 0)', lambda: divmod(1, 0)),
         ('divmod(1.0, 0)', lambda: divmod(1.0, 0)), ('0 ** -1', lambda: 0 ** -1),
         ('0.0 ** -1', lambda: 0.0 ** -1), ('2**100 // 0', lambda: 2 ** 100 // 0),
         ('2**100 / 0', lambda: 2 ** 100 / 0), ('True / False', lambda: True / False),
         ('pow(0, -2)', lambda: pow(0, -2)), ('x //= 0', None)]
for label, fn in cases:
    try:
        if fn is None:
            x = 5
            x //= 0
        else:
            fn()
    except ZeroDivisionError as e:
        print(label, '->', type(e).__name__ + ':', e)
print(issubclass(ZeroDivisionError, ArithmeticError))
