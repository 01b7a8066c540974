# A tiny assembler and stack virtual machine running a few programs.
SOURCE_FACT = """
    push 1
    store acc
    load n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
SOURCE_FIB = """
    push 0
    store a
    push 1
    store b
next:
    load count
    jz end
    load a
    print
    load a
    load b
    add
    load b
    store a
    store b
    load count
    push 1
    sub
    store count
    jmp next
end:
    halt
"""
class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        code.append((parts[0], parts[1] if len(parts) > 1 else None))
    resolved = []
    for op, arg in code:
        if op in ('jmp', 'jz'):
            if arg not in labels:
                raise VMError('unknown label ' + str(arg))
            arg = labels[arg]
        elif op == 'push':
            arg = int(arg)
        resolved.append((op, arg))
    return resolved
def run(code, env, max_steps=100000):
    stack, pc, steps, out = [], 0, 0, []
    while True:
        if steps >= max_steps:
            raise VMError('step limit exceeded')
        steps += 1
        op, arg = code[pc]
        pc += 1
        if op == 'push': stack.append(arg)
        elif op == 'load': stack.append(env.get(arg, 0))
        elif op == 'store': env[arg] = stack.pop()
        elif op in ('add', 'sub', 'mul', 'div'):
            b, a = stack.pop(), stack.pop()
            if op == 'div' and b == 0:
                raise VMError('division by zero at pc=%d' % (pc - 1))
            stack.append({'add': a + b, 'sub': a - b, 'mul': a * b, 'div': a // b if b else 0}[op])
        elif op == 'jmp': pc = arg
        elif op == 'jz':
            if stack.pop() == 0:
                pc = arg
        elif op == 'print': out.append(stack.pop())
        elif op == 'halt': return out, steps
        else:
            raise VMError('bad opcode %r' % op)
code = assemble(SOURCE_FACT)
print(len(code), code[:4])
for n in (0, 1, 5, 20, 30):
    print('fact', n, run(code, {'n': n}))
print('fib', run(assemble(SOURCE_FIB), {'count': 15}))
for src in ('push 1\npush 0\ndiv\nhalt', 'jmp nowhere', 'loop:\njmp loop', 'frob'):
    try:
        print(run(assemble(src), {}))
    except VMError as e:
        print('VMError:', e)
