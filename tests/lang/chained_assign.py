# Chained assignment: evaluation and assignment order.
a = b = c = 0
print(a, b, c)
x = y = [1, 2]
x.append(3)
print(y)
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(('set', k, v))
def value():
    log.append('value')
    return 'V'
r = Rec()
r['first'] = r['second'] = value()
print(log)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
p, q = r1 = 1, 2
print(p, q, r1)
m = n = {}
m['k'] = 1
print(n, m is n)
