# Format edge cases: nested specs, __format__ delegation, numbers with grouping.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec) + 'C'
t = Temp(21.5)
print(format(t, '.1F'), f'{t:.2}', '{:>8.1f}'.format(t), f'{t}')
print(format(1234567.891, ',.2f'), format(1234567.891, '_.2f'), format(-1234567, ','))
print(format(12345, '010,'), format(-12345, '010,'), format(1234, '0=+8,'))
print(format(0.5, '.0%'), format(1 / 3, '.3%'), format(2.5, '.0f'), format(3.5, '.0f'))
print(format(1e16, ''), format(1e16, 'g'), format(1e16, '.17g'), format(123456789012, 'e'))
print(format(1.0, 'g'), format(10.0, 'g'), format(100000.0, 'g'), format(1000000.0, 'g'))
print(format(0.0001, 'g'), format(0.00001, 'g'), format(1.5e-5, '.1g'), format(9.99, '.1g'))
print(format(9.5, '.0f'), format(10.5, '.0f'), format(-9.5, '.0f'), format(0.05, '.1f'))
w, p = 12, 4
print(f'{3.14159265:{w}.{p}f}|{"x":{"^"}{w}}|{42:{"#"}{"x"}}')
print(format(65, 'c'), format(0x1F600, 'c'), format(-5, '=+5'), format(5, '=5'))
