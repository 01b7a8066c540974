"""io for Weft: open() and the file classes come from the C module _io;
StringIO and BytesIO are in-memory streams written in Python.

Thread-safety: each StringIO/BytesIO has its own lock, held for the
whole of every read, write, seek or truncate, so that each call is atomic
as it is in CPython's C implementation (threads printing to one StringIO
lose nothing); the order of racing calls is unspecified.
"""

from _thread import allocate_lock as _allocate_lock

from _io import (open, UnsupportedOperation, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, DEFAULT_BUFFER_SIZE)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ["open", "StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "TextIOWrapper", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "DEFAULT_BUFFER_SIZE",
           "IOBase", "TextIOBase", "BufferedIOBase", "RawIOBase"]


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    """Shared logic: self._buf is a list of chunks joined lazily into
    self._data (str or bytes); self._pos is the position in items."""

    _empty = ""

    def __init__(self, initial):
        self._data = initial
        self._pending = []
        self._pos = 0
        self._len = len(initial)
        self._lock = _allocate_lock()
        self.closed = False

    def _flat(self):
        if self._pending:
            self._data = self._data + self._empty.join(self._pending)
            self._pending = []
        return self._data

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        with self._lock:
            self._check()
            return self._flat()

    def write(self, s):
        with self._lock:
            self._check()
            self._check_type(s)
            n = len(s)
            if self._pos == self._len:
                self._pending.append(s)
                self._pos += n
                self._len += n
                return n
            data = self._flat()
            if self._pos > len(data):
                data = data + self._pad(self._pos - len(data))
            self._data = data[:self._pos] + s + data[self._pos + n:]
            self._pos += n
            self._len = len(self._data)
            return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        with self._lock:
            self._check()
            data = self._flat()
            if size is None or size < 0:
                end = len(data)
            else:
                end = min(len(data), self._pos + size)
            start = min(self._pos, len(data))
            self._pos = max(self._pos, end)
            return data[start:end]

    def readline(self, size=-1):
        with self._lock:
            self._check()
            data = self._flat()
            start = min(self._pos, len(data))
            nl = data.find(self._nl, start)
            end = len(data) if nl < 0 else nl + 1
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._pos = max(self._pos, end)
            return data[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def seek(self, pos, whence=0):
        with self._lock:
            self._check()
            if whence == 0:
                if pos < 0:
                    raise ValueError("Negative seek position %d" % pos)
                self._pos = pos
            elif whence == 1:
                if pos != 0:
                    raise OSError("Can't do nonzero cur-relative seeks")
            elif whence == 2:
                if pos != 0:
                    raise OSError("Can't do nonzero end-relative seeks")
                self._pos = len(self._flat())
            else:
                raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
            return self._pos

    def tell(self):
        with self._lock:
            self._check()
            return self._pos

    def truncate(self, size=None):
        with self._lock:
            self._check()
            data = self._flat()
            if size is None:
                size = self._pos
            if size < 0:
                raise ValueError("Negative size value %d" % size)
            self._data = data[:size]
            self._len = len(self._data)
            return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO, TextIOBase):
    _empty = ""
    _nl = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline is None:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        self._newline = newline
        _MemoryIO.__init__(self, initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def _pad(self, n):
        return "\0" * n

    def write(self, s):
        self._check_type(s)
        if self._newline is None and "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in (None, "", "\n") and "\n" in s:
            s = s.replace("\n", self._newline)
        return _MemoryIO.write(self, s)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_MemoryIO, BufferedIOBase):
    _empty = b""
    _nl = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, s):
        self._check_type(s)
        return _MemoryIO.write(self, bytes(s))

    def _pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        return bytearray(self.getvalue())

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)
