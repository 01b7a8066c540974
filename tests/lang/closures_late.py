# Late binding in closures and ways around it.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make(i):
    return lambda: i
fns = [make(i) for i in range(3)]
print([f() for f in fns])
def outer():
    funcs = []
    for j in range(3):
        def inner():
            return j
        funcs.append(inner)
    j = 'changed'
    return [f() for f in funcs]
print(outer())
def gen_late():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(gen_late())
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](10) for n in adders])
def closure_sees_rebinding():
    x = 'first'
    def get():
        return x
    r1 = get()
    x = 'second'
    return r1, get()
print(closure_sees_rebinding())
comps = [lambda: k for k in 'ab']
print([c() for c in comps])
