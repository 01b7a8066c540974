# A recursive-descent calculator with variables, functions and error reporting.
import math
class CalcError(Exception):
    pass
class Calc:
    FUNCS = {'sqrt': math.sqrt, 'abs': abs, 'max': max, 'min': min, 'floor': math.floor}
    def __init__(self):
        self.vars = {'pi': math.pi}
    def run(self, line):
        self.toks = self.lex(line)
        self.pos = 0
        if len(self.toks) >= 2 and self.toks[1] == '=' and self.toks[0].isidentifier():
            name = self.toks[0]
            self.pos = 2
            val = self.expr()
            self.expect(None)
            self.vars[name] = val
            return '%s = %s' % (name, self.fmt(val))
        val = self.expr()
        self.expect(None)
        return self.fmt(val)
    def fmt(self, v):
        return str(int(v)) if isinstance(v, float) and v.is_integer() and abs(v) < 1e15 else str(v)
    def lex(self, s):
        toks, i = [], 0
        while i < len(s):
            c = s[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == '.':
                j = i
                while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                    j += 1
                toks.append(s[i:j]); i = j
            elif c.isalpha():
                j = i
                while j < len(s) and s[j].isalnum():
                    j += 1
                toks.append(s[i:j]); i = j
            elif c in '+-*/^(),=%':
                toks.append(c); i += 1
            else:
                raise CalcError('bad character %r' % c)
        return toks
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expect(self, t):
        if self.peek() != t:
            raise CalcError('expected %s, got %s' % (t or 'end', self.peek() or 'end'))
        self.pos += 1
    def expr(self):
        v = self.term()
        while self.peek() in ('+', '-'):
            op = self.take()
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ('*', '/', '%'):
            op = self.take()
            r = self.factor()
            if op != '*' and r == 0:
                raise CalcError('division by zero')
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        if self.peek() == '-':
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == '^':
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t is None:
            raise CalcError('unexpected end')
        if t == '(':
            v = self.expr()
            self.expect(')')
            return v
        if t[0].isdigit() or t[0] == '.':
            try:
                return float(t) if '.' in t else int(t)
            except ValueError:
                raise CalcError('bad number %r' % t)
        if t.isidentifier():
            if self.peek() == '(':
                self.take()
                args = [self.expr()]
                while self.peek() == ',':
                    self.take()
                    args.append(self.expr())
                self.expect(')')
                if t not in self.FUNCS:
                    raise CalcError('unknown function ' + t)
                try:
                    return self.FUNCS[t](*args)
                except (ValueError, TypeError) as e:
                    raise CalcError('%s: %s' % (t, e))
            if t not in self.vars:
                raise CalcError('undefined variable ' + t)
            return self.vars[t]
        raise CalcError('unexpected ' + t)
calc = Calc()
session = ['1 + 2 * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '(1 + 2) * (3 + 4)', 'x = 10', 'y = x / 4', 'x * y - 1',
           'sqrt(16) + abs(-3)', 'max(1, x, y * 10)', 'floor(pi * 100)', '7 % 3 + 2 ^ 10', '1 / 0',
           'z + 1', '3 +', '(1 + 2', '2 $ 3', 'sqrt(-1)', 'foo(1)', '1.2.3', '10 / 4', '2 ^ 100', 'r = 0.1 + 0.2', 'r']
for line in session:
    try:
        print('%-20s => %s' % (line, calc.run(line)))
    except CalcError as e:
        print('%-20s !! %s' % (line, e))
print(sorted(calc.vars))
