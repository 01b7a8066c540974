# A JSON-like serializer, pretty printer and parser written in Python.
def dumps(obj, indent=None, level=0):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"':
                out += '\\"'
            elif ch == '\\':
                out += '\\\\'
            elif ch == '\n':
                out += '\\n'
            elif ord(ch) < 32 or ord(ch) > 126:
                out += '\\u%04x' % ord(ch) if ord(ch) < 0x10000 else ch
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        return '[' + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = (pad + dumps(str(k)) + ': ' + dumps(v, indent, level + 1) for k, v in obj.items())
        return '{' + sep.join(items) + end + '}'
    raise TypeError('not serializable: ' + type(obj).__name__)

class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \n\t\r':
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == '{':
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == '}':
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ':'
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == '}':
                    return d
        if c == '[':
            self.i += 1
            lst = []
            self.ws()
            if self.s[self.i] == ']':
                self.i += 1
                return lst
            while True:
                lst.append(self.value())
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == ']':
                    return lst
        if c == '"':
            j = self.i + 1
            out = ''
            while self.s[j] != '"':
                if self.s[j] == '\\':
                    nxt = self.s[j + 1]
                    if nxt == 'u':
                        out += chr(int(self.s[j + 2:j + 6], 16))
                        j += 6
                        continue
                    out += {'n': '\n', '"': '"', '\\': '\\'}[nxt]
                    j += 2
                    continue
                out += self.s[j]
                j += 1
            self.i = j + 1
            return out
        for word, val in (('null', None), ('true', True), ('false', False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in '+-0123456789.eE':
            j += 1
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(c in num for c in '.eE') else int(num)

doc = {'name': 'Weft', 'version': [0, 1, 2], 'tags': ['interp', 'c'], 'stable': False,
       'meta': {'author': None, 'score': 9.5, 'quote': 'say "hi"\nbye', 'uni': 'héllo'},
       'empty': {}, 'nothing': []}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = Parser(pretty).value()
print(back == doc, Parser(compact).value() == doc)
print(dumps([1, [2, [3, [4]]]], indent=1))
try:
    dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
