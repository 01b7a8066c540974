"""traceback for Weft: formatting and printing exceptions the way the
interpreter prints uncaught ones (the C formatter in _traceback)."""

import sys
import _traceback

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "format_tb", "print_tb", "extract_tb",
           "format_list", "walk_tb", "FrameSummary", "StackSummary",
           "print_last", "format_stack", "print_stack", "extract_stack",
           "TracebackException", "clear_frames"]


_CHAIN_MESSAGES = (
    "During handling of the above exception, another exception occurred:",
    "The above exception was the direct cause of the following exception:",
)


def _split(text):
    # CPython's functions return lists of newline-terminated chunks: one per
    # frame (its "File" line with the source line and carets under it), one
    # per other line.
    out = []
    lines = text.split("\n")[:-1] if text else []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line + "\n"
        elif line == "" and lines[i + 1:i + 2] and lines[i + 1] in _CHAIN_MESSAGES:
            # the chaining message is one chunk: "\n<message>\n\n"
            out.append("\n" + lines[i + 1] + "\n\n")
            i += 2
        else:
            out.append(line + "\n")
        i += 1
    return out


def _parse_args(exc, value, tb):
    # format_exception(exc) (3.10+) or the old (type, value, tb) form
    if value is None and isinstance(exc, BaseException):
        return exc
    if value is None and isinstance(exc, type):
        return exc()
    return value


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    value = _parse_args(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _split(_traceback.format_exception_chain(value, chain))


def format_exception_only(exc, /, value=None):
    value = _parse_args(exc, value, None)
    if value is None:
        return ["NoneType: None\n"]
    return _split(_traceback.format_exception_only(value))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    e = sys.exc_info()[1]
    return "".join(format_exception(e, chain=chain)) if e is not None else "NoneType: None\n"


def print_exc(limit=None, file=None, chain=True):
    e = sys.exc_info()[1]
    if e is None:
        print("NoneType: None", file=file if file is not None else sys.stderr)
        return
    print_exception(e, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def walk_tb(tb):
    while tb is not None:
        yield None, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None and self.lineno is not None:
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for f in a_list:
            if isinstance(f, FrameSummary):
                result.append(f)
            else:
                filename, lineno, name, line = f
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        return format_list(self)


def extract_tb(tb, limit=None):
    result = StackSummary()
    while tb is not None and (limit is None or len(result) < limit):
        code = tb.tb_code
        result.append(FrameSummary(code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return result


def format_list(extracted_list):
    out = []
    for f in extracted_list:
        if not isinstance(f, FrameSummary):
            f = FrameSummary(f[0], f[1], f[2], line=f[3])
        row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
        if f.line:
            row += "    {}\n".format(f.line)
        out.append(row)
    return out


def format_tb(tb, limit=None):
    if limit is None:
        return _split(_traceback.format_tb(tb))
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    frames = []
    while f is not None:
        code = f.f_code
        frames.append(FrameSummary(code.co_filename, f.f_lineno, code.co_name))
        f = f.f_back
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:]
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        print(item, file=file, end="")


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, "__suppress_context__", False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def __str__(self):
        return str(self._exc)
