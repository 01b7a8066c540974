"""String constants, capwords and Template, written for Weft."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """$-substitution: $name, ${name}, $$ for a literal $."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # yields (literal, name or None, start index of the placeholder)
        t, d = self.template, self.delimiter
        i, n, lit = 0, len(t), []
        while i < n:
            c = t[i]
            if c != d:
                lit.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == d:
                lit.append(d)
                i += 2
                continue
            if i + 1 < n and t[i + 1] == '{':
                j = t.find('}', i + 2)
                name = t[i + 2:j] if j >= 0 else ''
                if j < 0 or not name or not _is_ident_start(name[0]) or \
                        not all(_is_ident_char(ch) for ch in name):
                    yield ''.join(lit), None, i
                    lit = []
                    i += 1
                    continue
                yield ''.join(lit), name, i
                lit = []
                i = j + 1
                continue
            j = i + 1
            if j < n and _is_ident_start(t[j]):
                while j < n and _is_ident_char(t[j]):
                    j += 1
                yield ''.join(lit), t[i + 1:j], i
                lit = []
                i = j
                continue
            yield ''.join(lit), None, i
            lit = []
            i += 1
        yield ''.join(lit), '', -1

    def _substitute(self, mapping, safe):
        out = []
        for lit, name, pos in self._parse():
            out.append(lit)
            if name == '':
                break
            if name is None:
                if not safe:
                    lines = self.template[:pos].splitlines(keepends=True)
                    colno = pos - len(''.join(lines[:-1])) + 1 if lines else 1
                    lineno = len(lines) if lines else 1
                    raise ValueError('Invalid placeholder in string: line %d, col %d'
                                     % (lineno, colno))
                out.append(self.delimiter)
                continue
            try:
                out.append('%s' % (mapping[name],))
            except KeyError:
                if not safe:
                    raise
                raw = self.template[pos:]
                out.append('${%s}' % name if raw.startswith(self.delimiter + '{')
                           else self.delimiter + name)
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws}
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws}
        return self._substitute(mapping, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
