"""The JSON decoder (JSONDecoder, JSONDecodeError), written for Weft."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = frozenset('0123456789abcdefABCDEF')


class JSONDecodeError(ValueError):
    """ValueError raised for a malformed JSON document.

    Attributes: msg (the bare message), doc (the document), pos (the index
    where parsing failed), lineno and colno (1-based position of pos).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        text = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, text)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


class _NoValue(Exception):
    """Internal: no JSON value starts at index pos."""

    def __init__(self, pos):
        self.pos = pos


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1]; return
    (decoded str, index just past the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        quote = s.find('"', end)
        slash = s.find('\\', end, quote if quote >= 0 else n)
        stop = slash if slash >= 0 else quote
        if stop < 0:
            # No terminator: report a control character before the end if
            # there is one, as it comes first.
            if strict:
                _check_controls(s, end, n)
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            _check_controls(s, end, stop)
        append(chunk)
        if stop == quote:
            return ''.join(chunks), quote + 1
        # A backslash escape.
        pos = stop + 1
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[pos]
        if esc != 'u':
            try:
                append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, stop) from None
            end = pos + 1
            continue
        code = _hex4(s, pos)
        end = pos + 5
        if 0xd800 <= code <= 0xdbff and end + 6 < n and \
                s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        append(chr(code))


def _hex4(s, upos):
    """Value of the four hex digits after the 'u' at s[upos]."""
    digits = s[upos + 1:upos + 5]
    if upos + 4 >= len(s) or len(digits) != 4 or not all(
            c in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, upos)
    return int(digits, 16)


def _check_controls(s, start, stop):
    for i in range(start, stop):
        if s[i] < ' ':
            raise JSONDecodeError("Invalid control character at", s, i)


class JSONDecoder(object):
    """Simple JSON decoder.

    JSON objects become dicts, arrays lists, strings str, numbers int or
    float, true/false bool and null None.  NaN, Infinity and -Infinity are
    accepted as floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """Return the Python object represented by the JSON document s."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return (value, index
        just past it).  Text after the value is allowed."""
        try:
            return self._scan(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
        finally:
            self.memo.clear()

    def scan_once(self, s, idx):
        try:
            return self._scan(s, idx)
        except _NoValue as err:
            raise StopIteration(err.pos) from None
        finally:
            self.memo.clear()

    def _scan(self, s, idx):
        try:
            ch = s[idx]
        except IndexError:
            raise _NoValue(idx) from None
        if ch == '"':
            return scanstring(s, idx + 1, self.strict)
        if ch == '{':
            return self._object(s, idx + 1)
        if ch == '[':
            return self._array(s, idx + 1)
        if ch == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if ch == 't' and s.startswith('true', idx):
            return True, idx + 4
        if ch == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if ch in _DIGITS or ch == '-':
            result = self._number(s, idx)
            if result is not None:
                return result
        if ch == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise _NoValue(idx)

    def _number(self, s, idx):
        n = len(s)
        i = idx
        if s[i] == '-':
            i += 1
            if i >= n or s[i] not in _DIGITS:
                return None
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i + 1 < n and s[i] in 'eE':
            j = i + 1
            if s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[idx:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, idx):
        pairs = []
        memo = self.memo
        idx = _skip_ws(s, idx)
        if s[idx:idx + 1] != '}':
            while True:
                if s[idx:idx + 1] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes",
                        s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip_ws(s, idx)
                if s[idx:idx + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                try:
                    value, idx = self._scan(s, idx)
                except _NoValue as err:
                    raise JSONDecodeError("Expecting value", s,
                                          err.pos) from None
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                ch = s[idx:idx + 1]
                if ch == '}':
                    break
                if ch != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def _array(self, s, idx):
        values = []
        idx = _skip_ws(s, idx)
        if s[idx:idx + 1] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = self._scan(s, idx)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            idx = _skip_ws(s, idx)
            ch = s[idx:idx + 1]
            if ch == ']':
                return values, idx + 1
            if ch != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)
