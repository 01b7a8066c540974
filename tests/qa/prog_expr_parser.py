"""A tiny expression evaluator: tokenizer, recursive-descent parser, AST classes."""
import math

class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

class LexError(Exception): pass
class ParseError(Exception): pass

def tokenize(src):
    i = 0
    ops = {"+", "-", "*", "/", "^", "(", ")", ","}
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]), i)
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token("name", src[i:j], i)
            i = j
        elif ch in ops:
            yield Token("op", ch, i)
            i += 1
        else:
            raise LexError(f"unexpected {ch!r} at {i}")
    yield Token("eof", None, len(src))

class Node:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Node.kinds = getattr(Node, "kinds", []) + [cls.__name__]
class Num(Node):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return repr(self.v)
class Var(Node):
    def __init__(self, n): self.n = n
    def eval(self, env):
        try: return env[self.n]
        except KeyError: raise NameError(f"undefined variable {self.n}") from None
    def __repr__(self): return self.n
class BinOp(Node):
    FUNCS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.FUNCS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"
class Call(Node):
    def __init__(self, f, args): self.f, self.args = f, args
    def eval(self, env): return env[self.f](*(a.eval(env) for a in self.args))
    def __repr__(self): return f"{self.f}({', '.join(map(repr, self.args))})"
class Neg(Node):
    def __init__(self, e): self.e = e
    def eval(self, env): return -self.e.eval(env)
    def __repr__(self): return f"-{self.e!r}"

class Parser:
    PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R")}
    def __init__(self, src):
        self.toks = list(tokenize(src)); self.i = 0
    @property
    def cur(self): return self.toks[self.i]
    def eat(self, kind, value=None):
        t = self.cur
        if t.kind != kind or (value is not None and t.value != value):
            raise ParseError(f"expected {value or kind} at {t.pos}, got {t.value!r}")
        self.i += 1
        return t
    def parse(self):
        e = self.expr(0); self.eat("eof"); return e
    def expr(self, minp):
        lhs = self.atom()
        while self.cur.kind == "op" and self.cur.value in self.PREC:
            p, assoc = self.PREC[self.cur.value]
            if p < minp: break
            op = self.eat("op").value
            rhs = self.expr(p + 1 if assoc == "L" else p)
            lhs = BinOp(op, lhs, rhs)
        return lhs
    def atom(self):
        t = self.cur
        if t.kind == "num": self.i += 1; return Num(t.value)
        if t.kind == "op" and t.value == "-": self.i += 1; return Neg(self.atom())
        if t.kind == "op" and t.value == "(":
            self.i += 1; e = self.expr(0); self.eat("op", ")"); return e
        if t.kind == "name":
            self.i += 1
            if self.cur.kind == "op" and self.cur.value == "(":
                self.i += 1; args = []
                if not (self.cur.kind == "op" and self.cur.value == ")"):
                    args.append(self.expr(0))
                    while self.cur.value == ",":
                        self.i += 1; args.append(self.expr(0))
                self.eat("op", ")")
                return Call(t.value, args)
            return Var(t.value)
        raise ParseError(f"unexpected {t.value!r} at {t.pos}")

env = {"pi": math.pi, "x": 3, "sqrt": math.sqrt, "max": max, "hypot": math.hypot}
tests = ["1 + 2 * 3", "2 ^ 3 ^ 2", "(1 + 2) * -3", "sqrt(16) + max(1, 7, 3)", "x * x - 2 * x + 1",
         "10 / 4", "2 ^ 100", "hypot(3, 4) * pi", "1 +", "y + 1", "3 $ 4", "max()", "1.5.2"]
for src in tests:
    try:
        tree = Parser(src).parse()
        val = tree.eval(env)
        print(f"{src:28} => {tree!r:35} = {val:.6g}" if isinstance(val, float) else f"{src:28} => {tree!r:35} = {val}")
    except (LexError, ParseError, NameError) as e:
        print(f"{src:28} !! {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{src:28} !! other {type(e).__name__}: {e}")
print(Node.kinds)
