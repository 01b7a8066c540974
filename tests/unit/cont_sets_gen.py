# Generates expected set orders for tests/unit/cont_sets.c
cases = []
def case(name, ops, result):
    cases.append((name, ops, list(result)))
# Each op: ('add', v) ('discard', v) ('update_range', a,b,c) ...
def run(ops):
    s = set()
    for op in ops:
        if op[0] == 'add': s.add(op[1])
        elif op[0] == 'del': s.discard(op[1])
        elif op[0] == 'pop': s.pop()
    return s
import random
random.seed(5)
allops = []
# 1: range(50,0,-3)
allops.append(('r50', [('add', x) for x in range(50, 0, -3)]))
allops.append(('neg', [('add', x) for x in range(-20, 20, 3)]))
allops.append(('sq', [('add', x*x % 97) for x in range(200)]))
ops = [('add', x) for x in range(100)] + [('del', x) for x in range(0, 100, 3)] + [('add', x) for x in range(200, 260)]
allops.append(('rm', ops))
ops = [('add', x) for x in range(1000)] + [('pop',)] * 10 + [('add', x) for x in range(5000, 5010)]
allops.append(('pop', ops))
ops = []
for i in range(3000):
    r = random.random()
    v = random.randrange(-500, 500) * random.choice([1, 1, 1, 7, 1000003])
    ops.append(('add', v) if r < 0.6 else ('del', v))
allops.append(('rand', ops))
ops = []
for i in range(4000):
    r = random.random()
    v = random.randrange(0, 3000)
    ops.append(('add', v) if r < 0.45 else ('del', v) if r < 0.97 else ('pop',))
allops.append(('rand2', ops))
ops = [('add', x) for x in [1, 9, 17, 25, 33, 2, 10]] + [('del', 9), ('del', 17), ('add', 41), ('add', 49), ('add', 57)]
allops.append(('collide', ops))
out = []
for name, ops in allops:
    s = run(ops)
    enc = []
    for op in ops:
        if op[0] == 'add': enc.append('1, %dLL' % op[1])
        elif op[0] == 'del': enc.append('2, %dLL' % op[1])
        else: enc.append('3, 0')
    out.append('static const long long ops_%s[] = {%s};' % (name, ', '.join(enc)))
    out.append('static const long long exp_%s[] = {%s};' % (name, ', '.join('%dLL' % x for x in s)))
    out.append('static const long long cp_%s[] = {%s};' % (name, ', '.join('%dLL' % x for x in set(s))))
out.append('static const struct { const char *name; const long long *ops; size_t nops; const long long *exp; size_t nexp; const long long *cp; } set_cases[] = {')
for name, ops in allops:
    out.append('    {"%s", ops_%s, sizeof ops_%s / sizeof(long long) / 2, exp_%s, sizeof exp_%s / sizeof(long long), cp_%s},' % (name, name, name, name, name, name))
out.append('};')
# set algebra: results printed orders
a = set(range(0, 60, 2)); b = set(range(0, 60, 3))
def L(s): return '{%s}' % ', '.join(str(x) for x in s)
out.append('static const char *alg_union = "%s";' % L(a | b))
out.append('static const char *alg_inter = "%s";' % L(a & b))
out.append('static const char *alg_diff = "%s";' % L(a - b))
out.append('static const char *alg_sym = "%s";' % L(a ^ b))
out.append('static const long long hash_fs123 = %dLL;' % hash(frozenset({1, 2, 3})))
out.append('static const long long hash_fs_empty = %dLL;' % hash(frozenset()))
out.append('static const long long hash_t12 = %dLL;' % hash((1, 2)))
out.append('static const long long hash_t_empty = %dLL;' % hash(()))
out.append('static const long long hash_t_nested = %dLL;' % hash((1, (2, -3), -1)))
out.append('static const char *big_set = "%s";' % repr({10**20, 1, 2}))
print('\n'.join(out))
