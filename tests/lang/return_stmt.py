# return: values, bare return, multiple values, early exits.
def none1():
    return
def none2():
    pass
def multi():
    return 1, 'two', [3]
def star():
    return *[1, 2], 3
def early(n):
    for i in range(n):
        if i == 2:
            return 'early at 2'
    return 'finished'
print(none1(), none2(), multi(), star())
print(early(5), early(1))
a, b, c = multi()
print(a, b, c)
def nested_return():
    def inner():
        return 'inner'
    return inner() + ' via outer'
print(nested_return())
def ret_in_while():
    i = 0
    while True:
        i += 1
        if i > 4:
            return i
print(ret_in_while())
def ret_lambda():
    return lambda: 'lambda'
print(ret_lambda()())
def cond_ret(x):
    return 'pos' if x > 0 else ('neg' if x < 0 else 'zero')
print([cond_ret(v) for v in (1, -1, 0)])
