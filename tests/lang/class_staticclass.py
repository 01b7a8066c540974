# staticmethod and classmethod: binding behaviour and alternate constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = MyDate(1, 2, 3)
print(d.from_string('5-6-7'))
sm = staticmethod(len)
print(type(sm).__name__, sm.__func__ is len)
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.inc(), Counter.inc(), Sub.inc(), Counter.n, Sub.n)
print(isinstance(Date.__dict__['from_string'], classmethod))
print(Date.from_string.__self__ is Date)
f = Date.is_leap
print(f(2004))
