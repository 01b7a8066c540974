# A small tokenizer for an arithmetic/assignment language.
KEYWORDS = {'let', 'print', 'if', 'else', 'while'}
OPERATORS = ['==', '!=', '<=', '>=', '+', '-', '*', '/', '%', '(', ')', '=', '<', '>', '{', '}', ';', ',']

class Token:
    def __init__(self, kind, value, line, col):
        self.kind, self.value, self.line, self.col = kind, value, line, col
    def __repr__(self):
        return '%s(%r)@%d:%d' % (self.kind, self.value, self.line, self.col)

class LexError(Exception):
    pass

def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == '\n':
            i += 1; line += 1; col = 1
            continue
        if ch in ' \t':
            i += 1; col += 1
            continue
        if ch == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(Token('FLOAT' if '.' in text else 'INT', float(text) if '.' in text else int(text), line, start_col))
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            tokens.append(Token('KW' if word in KEYWORDS else 'NAME', word, line, start_col))
        elif ch == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise LexError('unterminated string at %d:%d' % (line, start_col))
            j += 1
            tokens.append(Token('STR', src[i + 1:j - 1], line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token('OP', op, line, start_col))
                    break
            else:
                raise LexError('unexpected character %r at %d:%d' % (ch, line, start_col))
        col += j - i
        i = j
    tokens.append(Token('EOF', None, line, col))
    return tokens

program = '''let x = 10;   # a comment
let y = x * 2.5 + (3 % 2);
if x >= 10 { print "big", x; } else { print "small"; }
while x != 0 { let x = x - 1; }
'''
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
for bad in ['let a = 3 @ 4;', 'print "oops']:
    try:
        tokenize(bad)
    except LexError as e:
        print('LexError:', e)
