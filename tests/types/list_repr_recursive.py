# Recursive containers print with ellipses.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
d = {'self': None}
d['self'] = d
print(d)
c = [d, a]
print(c)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
dl = {'l': []}
dl['l'].append(dl)
print(dl)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return 'Node(%r)' % (self.children,)
n = Node()
n.children.append([n] if False else 'leaf')
print(n)
