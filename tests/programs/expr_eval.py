# A tiny expression evaluator: shunting-yard to RPN, then a stack machine.
PREC = {'+': (1, 'L'), '-': (1, 'L'), '*': (2, 'L'), '/': (2, 'L'), '%': (2, 'L'), '^': (3, 'R'), 'neg': (4, 'R')}
def tokens(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(int(s[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out
def to_rpn(toks):
    output, stack, prev = [], [], None
    for t in toks:
        if isinstance(t, int) or (isinstance(t, str) and t.isalpha()):
            output.append(t)
        elif t == '(':
            stack.append(t)
        elif t == ')':
            while stack and stack[-1] != '(':
                output.append(stack.pop())
            if not stack:
                raise SyntaxError('unbalanced )')
            stack.pop()
        else:
            op = 'neg' if t == '-' and (prev is None or prev in PREC or prev == '(') else t
            if op not in PREC:
                raise SyntaxError('bad token %r' % (op,))
            p, assoc = PREC[op]
            while stack and stack[-1] != '(':
                tp = PREC[stack[-1]][0]
                if tp > p or (tp == p and assoc == 'L'):
                    output.append(stack.pop())
                else:
                    break
            stack.append(op)
            t = op
        prev = t
    while stack:
        if stack[-1] == '(':
            raise SyntaxError('unbalanced (')
        output.append(stack.pop())
    return output
def run(rpn, env):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(t)
        elif t in PREC:
            if t == 'neg':
                st.append(-st.pop())
                continue
            b, a = st.pop(), st.pop()
            if t == '+': st.append(a + b)
            elif t == '-': st.append(a - b)
            elif t == '*': st.append(a * b)
            elif t == '/': st.append(a // b)
            elif t == '%': st.append(a % b)
            elif t == '^': st.append(a ** b)
        else:
            if t not in env:
                raise NameError('unknown variable ' + t)
            st.append(env[t])
    return st.pop()
env = {'x': 7, 'y': 3, 'big': 10 ** 20}
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x + y', '-(x - y) * -2', '100 / 7 % 4',
          'big * big - 1', 'x ^ y ^ 0', '((((1))))', '2 * (3 + 4) * (5 - 6)', '1 / 0', '1 + (2', 'z * 2', '3 $ 4']:
    try:
        rpn = to_rpn(tokens(e))
        print('%-22s -> %-28s = %s' % (e, ' '.join(map(str, rpn)), run(rpn, env)))
    except (SyntaxError, NameError, ZeroDivisionError) as err:
        print('%-22s !! %s: %s' % (e, type(err).__name__, err))
