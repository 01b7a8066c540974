# assert statements, with and without messages.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args[0])
def check(x):
    assert isinstance(x, int), 'expected int, got %s' % type(x).__name__
    return x * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print(e)
evaluated = []
def msg():
    evaluated.append(1)
    return 'msg'
assert True, msg()
print(evaluated)
try:
    assert 0, msg()
except AssertionError:
    pass
print(evaluated)
print(__debug__)
