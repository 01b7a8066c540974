# Reading a text file line by line: iteration, readline, readlines.
path = '/tmp/weft_test_open_lines.txt'
with open(path, 'w') as f:
    for i in range(5):
        f.write('line %d\n' % i)
    f.write('last line without newline')
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), f.readlines())
with open(path) as f:
    print(len(f.readlines()))
with open(path) as f:
    print([l.rstrip('\n') for l in f if '3' in l or 'last' in l])
with open(path) as f:
    print(sum(1 for _ in f))
with open(path) as f:
    first = next(f)
    rest = list(f)
print(repr(first), len(rest))
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))
with open(path, 'w') as f:
    f.write('')
with open(path) as f:
    print(f.readlines(), repr(f.readline()), list(f))
