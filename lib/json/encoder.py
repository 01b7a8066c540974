"""The JSON encoder (JSONEncoder), written for Weft."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}
# Translation table for the characters that must be escaped in any JSON
# string: the quote, the backslash and the C0 control characters.
_BASIC_TABLE = {}
for _i in range(0x20):
    _BASIC_TABLE[_i] = '\\u%04x' % _i
for _ch, _esc in _SHORT_ESCAPES.items():
    _BASIC_TABLE[ord(_ch)] = _esc
del _i, _ch, _esc


def encode_basestring(s):
    """Return the JSON string literal for s, non-ASCII characters kept."""
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    return '"' + s.translate(_BASIC_TABLE) + '"'


def encode_basestring_ascii(s):
    """Return the JSON string literal for s using only ASCII characters
    (\\uXXXX escapes, with surrogate pairs beyond the BMP)."""
    if s.isascii():
        if '"' not in s and '\\' not in s and s.isprintable():
            return '"' + s + '"'
        return '"' + s.translate(_BASIC_TABLE).replace('\x7f', '\\u007f') + '"'
    out = []
    append = out.append
    for ch in s:
        code = ord(ch)
        if 0x20 <= code < 0x7f:
            if ch == '"':
                append('\\"')
            elif ch == '\\':
                append('\\\\')
            else:
                append(ch)
        elif code < 0x20:
            append(_BASIC_TABLE[code])
        elif code < 0x10000:
            append('\\u%04x' % code)
        else:
            code -= 0x10000
            append('\\u%04x\\u%04x' % (0xd800 | (code >> 10),
                                       0xdc00 | (code & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float ->
    number, True/False -> true/false, None -> null.  Override default() to
    serialise other types.
    """

    item_separator = ', '
    key_separator = ': '
    _nan_detail = True

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serialisable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text in pieces."""
        # CPython's C accelerator (used for one-shot encoding without
        # indent) words the allow_nan error without the value.
        self._nan_detail = not (_one_shot and self.indent is None)
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        yield from chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            message = "Out of range float values are not JSON compliant"
            if self._nan_detail:
                message += ": " + repr(o)
            raise ValueError(message)
        return text

    def _string(self, s):
        if self.ensure_ascii:
            return encode_basestring_ascii(s)
        return encode_basestring(s)

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(self._string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self._encode(self.default(o), out, level, markers)
            if markers is not None:
                del markers[marker]

    def _indent_text(self):
        indent = self.indent
        if indent is None or isinstance(indent, str):
            return indent
        return ' ' * indent

    def _encode_list(self, lst, out, level, markers):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = lst
        indent = self._indent_text()
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            out.append('[' + newline)
        else:
            newline = None
            separator = self.item_separator
            out.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, out, level, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[marker]

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _encode_dict(self, dct, out, level, markers):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        indent = self._indent_text()
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            out.append('{' + newline)
        else:
            newline = None
            separator = self.item_separator
            out.append('{')
        items = dct.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(self._string(key))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[marker]
