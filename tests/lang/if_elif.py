# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for v in (0, 1, '', 'a', [], [0], None, 0.0, {}, {0: 0}):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 7
if x > 5: print('one-liner if')
if x > 100: print('never')
else: print('one-liner else')
if x:
    pass
print('after pass')
if x > 1:
    if x > 5:
        if x > 6:
            print('nested 3')
    else:
        print('no')
if not x:
    print('no')
elif x and x % 2:
    print('odd elif')
if (x
        > 3):
    print('multi-line condition')
