# Every augmented assignment operator, on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 8; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
m = M(3)
m @= M(4)
print(m.v)
class A: pass
a = A()
a.n = 1
a.n += 41
print(a.n)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1] **= 2
print(lst)
d = {'k': 'a'}
d['k'] += 'b'
d['k'] *= 2
print(d)
l2 = lst
l2 += [4]
print(lst, l2 is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = 'ab'
s += 'cd'
print(s)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
class Counter:
    def __init__(self): self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self
c = Counter()
c2 = c
c += 5
print(c.v, c is c2)
