"""Hand-written JSON encoder/decoder."""
class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

def encode(obj, indent=None, _level=0):
    nl = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None: return "null"
    if obj is True: return "true"
    if obj is False: return "false"
    if isinstance(obj, int): return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")): raise ValueError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return '"' + "".join(ESC.get(c, c if 0x20 <= ord(c) < 0x7f else "\\u%04x" % ord(c)) for c in obj) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj: return "[]"
        return "[" + sep.join(nl + encode(v, indent, _level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj: return "{}"
        items = (nl + encode(str(k)) + ": " + encode(v, indent, _level + 1) for k, v in obj.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

class Decoder:
    def __init__(self, s): self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r": self.i += 1
    def peek(self):
        self.ws()
        if self.i >= len(self.s): raise JSONError("unexpected end", self.i)
        return self.s[self.i]
    def expect(self, ch):
        if self.peek() != ch: raise JSONError(f"expected {ch!r}", self.i)
        self.i += 1
    def value(self):
        c = self.peek()
        if c == "{": return self.obj()
        if c == "[": return self.arr()
        if c == '"': return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i): self.i += len(lit); return val
        return self.number()
    def obj(self):
        self.expect("{"); out = {}
        if self.peek() == "}": self.i += 1; return out
        while True:
            k = self.string(); self.expect(":"); out[k] = self.value()
            if self.peek() == ",": self.i += 1; continue
            self.expect("}"); return out
    def arr(self):
        self.expect("["); out = []
        if self.peek() == "]": self.i += 1; return out
        while True:
            out.append(self.value())
            if self.peek() == ",": self.i += 1; continue
            self.expect("]"); return out
    def string(self):
        self.expect('"'); buf = []
        while True:
            if self.i >= len(self.s): raise JSONError("unterminated string", self.i)
            c = self.s[self.i]; self.i += 1
            if c == '"': return "".join(buf)
            if c == "\\":
                e = self.s[self.i]; self.i += 1
                if e == "u": buf.append(chr(int(self.s[self.i:self.i + 4], 16))); self.i += 4
                else: buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(e, e))
            else: buf.append(c)
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE": self.i += 1
        txt = self.s[start:self.i]
        if not txt: raise JSONError("unexpected character", start)
        return float(txt) if any(c in txt for c in ".eE") else int(txt)

def decode(s):
    d = Decoder(s); v = d.value(); d.ws()
    if d.i != len(s): raise JSONError("extra data", d.i)
    return v

doc = {"name": "Wëft \"interp\"", "version": [3, 11, 0], "ratio": 0.1 + 0.2, "big": 2**70, "neg": -1.5e-7,
       "flags": {"fast": True, "gc": None, "tabs": "a\tb\n"}, "empty": [], "nested": [[{}], [1, [2, [3]]]]}
s = encode(doc)
print(s)
print(encode(doc, indent=2))
back = decode(s)
print(back == doc, back["name"], back["big"] == 2**70, type(back["ratio"]).__name__)
for bad in ['{"a": }', '[1, 2', '{"a" 1}', '"abc', '[1] x', '']:
    try: decode(bad)
    except JSONError as e: print(f"{bad!r:12} -> {e} (pos {e.pos})")
for bad in [float("nan"), {1, 2}, object]:
    try: encode(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(encode([1.0, 1e100, 1e-5, 123456789.0, -0.0, 10**20]))
