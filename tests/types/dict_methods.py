# Every dict method.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'default'))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('d'), d.pop('zz', 'fallback'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
d.update(a=-1)
d.update()
print(d)
c = d.copy()
c['new'] = 1
print(len(d), len(c))
print(dict.fromkeys('abc'), dict.fromkeys(['k1', 'k2'], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
print(list(d.keys()), list(d.values()), list(d.items()))
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
order = {}
for k in 'hello world':
    order[k] = order.get(k, 0) + 1
print(order)
print(sorted(order.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
nested.setdefault('list', []).append(1)
nested.setdefault('list', []).append(2)
print(nested)
it = {'a': 1}
print(it.__contains__('a'), it.__len__(), 'get' in dir(it))
try:
    {}.update(1)
except TypeError as e:
    print('TypeError', e)
