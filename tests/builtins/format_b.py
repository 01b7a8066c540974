# format()
print(format(3.14159, '.2f'), format(42), format(42, 'x'), format('s', '>4'), format([1], ''))
print(format(1234567, ','), format(0.5, '%'), format(255, '#010b'), format(-1.5, '+.3e'))
class C:
    def __format__(self, spec):
        return 'C:' + repr(spec)
print(format(C()), format(C(), 'xyz'), '{:abc}'.format(C()), f'{C():q}')
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    format(1, 5)
except TypeError as e:
    print('TypeError', e)
