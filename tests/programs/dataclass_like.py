# Hand-written dataclass-like classes with __repr__/__eq__/__lt__/__hash__ and sorting.
class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError('too many arguments')
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError('unexpected field %r' % k)
            if k in values:
                raise TypeError('duplicate field %r' % k)
            values[k] = v
        for f in self.fields:
            if f not in values:
                default = getattr(type(self), 'default_' + f, None)
                if default is None:
                    raise TypeError('missing field %r' % f)
                values[f] = default
            setattr(self, f, values[f])
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in self.fields))
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() == other.astuple()
    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() < other.astuple()
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.astuple())
    def replace(self, **changes):
        d = dict(zip(self.fields, self.astuple()))
        d.update(changes)
        return type(self)(**d)
class Employee(Record):
    fields = ('last', 'first', 'dept', 'salary')
    default_dept = 'general'
    default_salary = 50000
class Point(Record):
    fields = ('x', 'y')
staff = [Employee('Smith', 'Ann', 'eng', 120000), Employee('Jones', 'Bob'), Employee('Smith', 'Al', salary=90000),
         Employee(first='Cy', last='Adams', dept='ops'), Employee('Jones', 'Bob', 'eng', 70000)]
for e in staff:
    print(e)
print(sorted(staff))
print(sorted(staff, key=lambda e: (-e.salary, e.last)))
print(staff[1] == Employee('Jones', 'Bob'), staff[1] == staff[4], staff[1] != staff[4])
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}), Point(1, 2) < Point(1, 3), Point(0, 9) <= Point(0, 9))
print(Point(1, 2) == (1, 2), staff[0].replace(salary=1), staff[0].salary)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    Point(1, 2) < Employee('a', 'b')
except TypeError as e:
    print('TypeError:', e)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.first)
print(by_dept)
