"""os.path for Weft (POSIX paths)."""

import posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    return f(p)


def _mode(p, follow=True):
    try:
        return (posix.stat if follow else posix.lstat)(_fspath(p))[0]
    except (OSError, ValueError):
        return None


def exists(p):
    return _mode(p) is not None


def lexists(p):
    return _mode(p, False) is not None


def isdir(p):
    m = _mode(p)
    return m is not None and (m & _S_IFMT) == _S_IFDIR


def isfile(p):
    m = _mode(p)
    return m is not None and (m & _S_IFMT) == _S_IFREG


def islink(p):
    m = _mode(p, False)
    return m is not None and (m & _S_IFMT) == _S_IFLNK


def getsize(p):
    return posix.stat(_fspath(p))[6]


def getmtime(p):
    return posix.stat(_fspath(p))[8]


def getatime(p):
    return posix.stat(_fspath(p))[7]


def getctime(p):
    return posix.stat(_fspath(p))[9]


def isabs(p):
    return _fspath(p).startswith("/")


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        b = _fspath(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _fspath(p)
    sep_i = p.rfind("/")
    dot_i = p.rfind(".")
    if dot_i > sep_i:
        filename_i = sep_i + 1
        while filename_i < dot_i:
            if p[filename_i] != ".":
                return p[:dot_i], p[dot_i:]
            filename_i += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = path.split("/")
    new = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new) or (new and new[-1] == ".."):
            new.append(comp)
        elif new:
            new.pop()
    path = "/".join(new)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(p):
    p = _fspath(p)
    if not isabs(p):
        p = join(posix.getcwd(), p)
    return normpath(p)


def realpath(p, *, strict=False):
    return abspath(p)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = abspath(start if start is not None else curdir)
    path = abspath(path)
    s = [x for x in start.split("/") if x]
    t = [x for x in path.split("/") if x]
    i = 0
    while i < min(len(s), len(t)) and s[i] == t[i]:
        i += 1
    rel = [pardir] * (len(s) - i) + t[i:]
    return join(*rel) if rel else curdir


def expanduser(p):
    p = _fspath(p)
    if not p.startswith("~"):
        return p
    i = p.find("/", 1)
    if i < 0:
        i = len(p)
    if i == 1:
        home = posix.environ.get("HOME", "/")
    else:
        return p
    return (home.rstrip("/") or "/") + p[i:]


def expandvars(p):
    return p


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def samefile(a, b):
    sa, sb = posix.stat(_fspath(a)), posix.stat(_fspath(b))
    return sa[1] == sb[1] and sa[2] == sb[2]
