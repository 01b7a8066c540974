"""os for Weft: a POSIX subset over the C module `posix` (src/modules/posix.c)
plus os.path (posixpath)."""

import sys
import posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename,
                   replace, access, getpid, cpu_count, urandom, strerror, _exit,
                   isatty, F_OK, R_OK, W_OK, X_OK)
from posix import (pipe, read, write, close, fsync, system, waitpid, wait,
                   waitstatus_to_exitcode, kill, getppid, WNOHANG)
import posixpath as path
sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError


class stat_result(tuple):
    """Result of os.stat(): a 10-tuple with st_* attributes."""
    n_fields = n_sequence_fields = 10

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                 "st_size", "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, int(v)) for n, v in zip(names, self)) + ")"


def stat(p, *, follow_symlinks=True):
    p = fspath(p) if not isinstance(p, int) else p
    return stat_result(posix.stat(p) if follow_symlinks else posix.lstat(p))


def lstat(p):
    return stat_result(posix.lstat(fspath(p)))


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    return f(p)


class PathLike:
    pass


class _Environ(dict):
    def __setitem__(self, key, value):
        posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        posix.unsetenv(key)
        dict.__delitem__(self, key)

    def copy(self):
        return dict(self)


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new = path.join(top, d)
        if followlinks or not path.islink(new):
            yield from walk(new, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, p):
        self._p = p
        self._it = iter(listdir(p))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._p, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

    def close(self):
        pass


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def get_terminal_size(fd=1):
    return (int(environ.get("COLUMNS", 80)), int(environ.get("LINES", 24)))
