/* posix.c - the C half of the os module (lib/os.py builds on it): the
 * file-system and process calls programs commonly use.  Errors are
 * OSError subclasses chosen from errno, with the filename, as CPython's.
 *
 * Thread-safety: stateless.  Every call that can block (file-system calls
 * on paths, which may sit on a slow or network file system, reads, writes,
 * waits for children, system()) runs detached: what it needs from heap
 * objects (paths, data to write) is first copied to malloc'ed or stack
 * memory, and what it produces (data read) lands in malloc'ed memory that
 * is turned into an object after re-attaching.  No heap object is touched
 * while detached (rule 3 of src/gc/gc.h).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "modules.h"

extern char **environ;

static const char *path_arg(const char *fname, Value v) {
    if (IS_STR(v))
        return STR_CSTR(AS(Str, v));
    if (IS_BYTES(v))
        return (const char *)AS(Bytes, v)->data;
    err_format(&TypeError_type, "%s: path should be string, bytes or os.PathLike, not %T", fname,
               v);
    return NULL;
}

/* A malloc'ed copy of a path argument, for use while detached (free it). */
static char *path_dup(const char *fname, Value v) {
    const char *p = path_arg(fname, v);
    if (!p)
        return NULL;
    char *c = strdup(p);
    if (!c)
        err_no_memory();
    return c;
}

static Value px_getcwd(Value self, Value *args, size_t nargs, Tuple *kw) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return err_from_errno(errno, VNULL);
    return OBJ_VAL(str_from_cstr(buf));
}

static Value px_chdir(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("chdir", nargs, 1, 1) < 0)
        return VNULL;
    const char *p = path_arg("chdir", args[0]);
    if (!p)
        return VNULL;
    if (chdir(p) < 0)
        return err_from_errno(errno, args[0]);
    return NONE;
}

static Value px_listdir(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("listdir", nargs, 0, 1) < 0)
        return VNULL;
    Value pv = nargs && args[0] != NONE ? args[0] : OBJ_VAL(str_from_cstr("."));
    char *p = pv ? path_dup("listdir", pv) : NULL;
    if (!p)
        return VNULL;
    thread_detach();
    DIR *d = opendir(p);
    int e = errno;
    thread_attach();
    free(p);
    if (!d)
        return err_from_errno(e, pv);
    List *l = list_new(0);
    struct dirent *de;
    while (l && (de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        Value name = IS_BYTES(pv) ? OBJ_VAL(bytes_new(de->d_name, strlen(de->d_name)))
                                  : OBJ_VAL(str_from_cstr(de->d_name));
        if (!name || list_append(l, name) < 0)
            l = NULL;
    }
    closedir(d);
    return l ? OBJ_VAL(l) : VNULL;
}

/* f(path) -> None for the simple path calls. */
#define PATH_CALL(cname, pyname, expr)                                        \
    static Value cname(Value self, Value *args, size_t nargs, Tuple *kw) {    \
        if (args_count(pyname, nargs, 1, 2) < 0)                              \
            return VNULL;                                                     \
        char *p = path_dup(pyname, args[0]);                                  \
        if (!p)                                                               \
            return VNULL;                                                     \
        thread_detach();                                                      \
        int r = (expr);                                                       \
        int e = errno;                                                        \
        thread_attach();                                                      \
        free(p);                                                              \
        if (r < 0)                                                            \
            return err_from_errno(e, args[0]);                                \
        return NONE;                                                          \
    }
PATH_CALL(px_unlink, "unlink", unlink(p))
PATH_CALL(px_rmdir, "rmdir", rmdir(p))

static Value px_mkdir(Value self, Value *args, size_t nargs, Tuple *kw) {
    static const char *const names[] = {"path", "mode"};
    Value a[2];
    if (args_bind("mkdir", args, nargs, kw, names, 1, 2, a) < 0)
        return VNULL;
    char *p = path_dup("mkdir", a[0]);
    if (!p)
        return VNULL;
    int64_t mode = 0777;
    if (a[1] && int_as_i64(a[1], &mode) < 0) {
        free(p);
        return VNULL;
    }
    thread_detach();
    int r = mkdir(p, (mode_t)mode);
    int e = errno;
    thread_attach();
    free(p);
    if (r < 0)
        return err_from_errno(e, a[0]);
    return NONE;
}

static Value px_rename(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("rename", nargs, 2, 2) < 0)
        return VNULL;
    char *a = path_dup("rename", args[0]);
    char *b = a ? path_dup("rename", args[1]) : NULL;
    if (!b) {
        free(a);
        return VNULL;
    }
    thread_detach();
    int r = rename(a, b);
    int e = errno;
    thread_attach();
    free(a);
    free(b);
    if (r < 0)
        return err_from_errno(e, args[0]);
    return NONE;
}

/* stat(path) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) */
static Value stat_impl(Value *args, size_t nargs, bool follow) {
    if (args_count(follow ? "stat" : "lstat", nargs, 1, 1) < 0)
        return VNULL;
    struct stat st;
    int r, e;
    if (IS_INTLIKE(args[0])) {
        int64_t fd;
        if (int_as_i64(args[0], &fd) < 0)
            return VNULL;
        thread_detach();
        r = fstat((int)fd, &st);
        e = errno;
        thread_attach();
    } else {
        char *p = path_dup("stat", args[0]);
        if (!p)
            return VNULL;
        thread_detach();
        r = follow ? stat(p, &st) : lstat(p, &st);
        e = errno;
        thread_attach();
        free(p);
    }
    if (r < 0)
        return err_from_errno(e, IS_INTLIKE(args[0]) ? VNULL : args[0]);
    Value v[10] = {
        int_from_i64(st.st_mode), int_from_u64(st.st_ino), int_from_u64(st.st_dev),
        int_from_i64(st.st_nlink), int_from_i64(st.st_uid), int_from_i64(st.st_gid),
        int_from_i64(st.st_size),
        float_new((double)st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9),
        float_new((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9),
        float_new((double)st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9)};
    return OBJ_VAL(tuple_from_array(v, 10));
}
static Value px_stat(Value self, Value *args, size_t nargs, Tuple *kw) {
    return stat_impl(args, nargs, true);
}
static Value px_lstat(Value self, Value *args, size_t nargs, Tuple *kw) {
    return stat_impl(args, nargs, false);
}

static Value px_access(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("access", nargs, 2, 2) < 0)
        return VNULL;
    char *p = path_dup("access", args[0]);
    int64_t mode;
    if (!p || int_as_i64(args[1], &mode) < 0) {
        free(p);
        return VNULL;
    }
    thread_detach();
    int r = access(p, (int)mode);
    thread_attach();
    free(p);
    return BOOL_V(r == 0);
}

static Value px_getpid(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(getpid());
}

static Value px_cpu_count(Value self, Value *args, size_t nargs, Tuple *kw) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? MK_INT(n) : NONE;
}

static Value px_urandom(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("urandom", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    if (n < 0)
        return err_str(&ValueError_type, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return err_no_memory();
    int e = 0;
    thread_detach();
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        e = errno;
    for (int64_t got = 0; fd >= 0 && got < n;) {
        ssize_t r = read(fd, buf + got, (size_t)(n - got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            e = r < 0 ? errno : EIO;
            break;
        }
        got += r;
    }
    if (fd >= 0)
        close(fd);
    thread_attach();
    Value res = e ? err_from_errno(e, VNULL) : OBJ_VAL(bytes_new(buf, (size_t)n));
    free(buf);
    return res;
}

static Value px_strerror(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("strerror", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    return OBJ_VAL(str_from_cstr(strerror((int)n)));
}

static Value px_exit(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("_exit", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    _exit((int)n);
}

static Value px_isatty(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("isatty", nargs, 1, 1) < 0)
        return VNULL;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    return BOOL_V(isatty((int)n));
}

static Value px_putenv(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("putenv", nargs, 2, 2) < 0)
        return VNULL;
    if (!IS_STR(args[0]) || !IS_STR(args[1]))
        return err_str(&TypeError_type, "str expected");
    if (setenv(STR_CSTR(AS(Str, args[0])), STR_CSTR(AS(Str, args[1])), 1) < 0)
        return err_from_errno(errno, VNULL);
    return NONE;
}

static Value px_unsetenv(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("unsetenv", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_STR(args[0]))
        return err_str(&TypeError_type, "str expected");
    unsetenv(STR_CSTR(AS(Str, args[0])));
    return NONE;
}

/* ---- file descriptors and processes ---- */

static int fd_arg(Value v, int *fd) {
    int64_t n;
    if (!IS_INTLIKE(v)) {
        err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    if (int_as_i64(v, &n) < 0)
        return -1;
    if (n < INT32_MIN || n > INT32_MAX) {
        err_str(&OverflowError_type, "fd is greater than maximum");
        return -1;
    }
    *fd = (int)n;
    return 0;
}

static Value px_pipe(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("pipe", nargs, 0, 0) < 0)
        return VNULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return err_from_errno(errno, VNULL);
    return OBJ_VAL(tuple_pack(2, MK_INT(fds[0]), MK_INT(fds[1])));
}

/* A blocking system call, run detached and retried after EINTR once the
 * signal handlers have run (PEP 475).  `op` touches no heap object (its
 * context holds C copies).  Returns op's result; -1 with *err = errno on
 * failure; -2 with the exception set when a handler raised. */
typedef struct SysCall {
    enum { SC_READ, SC_WRITE, SC_WAITPID, SC_WAIT } kind;
    int fd, pid, options, status;
    void *buf;
    size_t n;
} SysCall;

static ssize_t syscall_once(SysCall *c) {
    switch (c->kind) {
    case SC_READ: return read(c->fd, c->buf, c->n);
    case SC_WRITE: return write(c->fd, c->buf, c->n);
    case SC_WAITPID: return waitpid(c->pid, &c->status, c->options);
    case SC_WAIT: return wait(&c->status);
    }
    return -1;
}

static ssize_t syscall_retrying(SysCall *c, int *err) {
    ssize_t r;
    thread_detach();
    while ((r = syscall_once(c)) < 0 && errno == EINTR) {
        thread_attach();
        if (signals_check() < 0)
            return -2;
        thread_detach();
    }
    *err = errno;
    thread_attach();
    return r;
}

/* os.read(fd, n): one read(2) into malloc'ed memory, detached. */
static Value px_read(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("read", nargs, 2, 2) < 0)
        return VNULL;
    int fd;
    int64_t n;
    if (fd_arg(args[0], &fd) < 0)
        return VNULL;
    if (!IS_INTLIKE(args[1]))
        return err_format(&TypeError_type, "'%T' object cannot be interpreted as an integer",
                          args[1]);
    if (int_as_i64(args[1], &n) < 0)
        return VNULL;
    if (n < 0)
        return err_from_errno(EINVAL, VNULL);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return err_no_memory();
    int e = 0;
    SysCall c = {.kind = SC_READ, .fd = fd, .buf = buf, .n = (size_t)n};
    ssize_t r = syscall_retrying(&c, &e);
    Value res = r == -2 ? VNULL : r < 0 ? err_from_errno(e, VNULL)
                                        : OBJ_VAL(bytes_new(buf, (size_t)r));
    free(buf);
    return res;
}

/* os.write(fd, data): one write(2) of a malloc'ed copy, detached. */
static Value px_write(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("write", nargs, 2, 2) < 0)
        return VNULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0)
        return VNULL;
    const uint8_t *data;
    int64_t n;
    if (bytes_view(args[1], &data, &n) < 0)
        return VNULL;
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return err_no_memory();
    memcpy(buf, data, (size_t)n);
    int e = 0;
    SysCall c = {.kind = SC_WRITE, .fd = fd, .buf = buf, .n = (size_t)n};
    ssize_t r = syscall_retrying(&c, &e);
    free(buf);
    if (r == -2)
        return VNULL;
    if (r < 0)
        return err_from_errno(e, VNULL);
    return int_from_i64((int64_t)r);
}

static Value px_close(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("close", nargs, 1, 1) < 0)
        return VNULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0)
        return VNULL;
    thread_detach();
    int r = close(fd);
    int e = errno;
    thread_attach();
    /* EINTR: the descriptor is released anyway on Linux */
    if (r < 0 && e != EINTR)
        return err_from_errno(e, VNULL);
    return NONE;
}

static Value px_fsync(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("fsync", nargs, 1, 1) < 0)
        return VNULL;
    Value v = args[0];
    if (!IS_INTLIKE(v)) {
        Value m = obj_getattr_opt(v, str_intern_cstr("fileno"));
        if (!m) {
            if (err_occurred())
                return VNULL;
            return err_str(&TypeError_type, "argument must be an int, or have a fileno() method.");
        }
        v = obj_call0(m);
        if (!v)
            return VNULL;
    }
    int fd;
    if (fd_arg(v, &fd) < 0)
        return VNULL;
    if (fd < 0)
        return err_format(&ValueError_type, "file descriptor cannot be a negative integer (%d)",
                          fd);
    thread_detach();
    int r;
    do
        r = fsync(fd);
    while (r < 0 && errno == EINTR);
    int e = errno;
    thread_attach();
    if (r < 0)
        return err_from_errno(e, VNULL);
    return NONE;
}

static Value px_system(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("system", nargs, 1, 1) < 0)
        return VNULL;
    if (!IS_STR(args[0]) && !IS_BYTES(args[0]))
        return err_format(&TypeError_type, "expected str, bytes or os.PathLike object, not %T",
                          args[0]);
    char *cmd = path_dup("system", args[0]);
    if (!cmd)
        return VNULL;
    thread_detach();
    int r = system(cmd);
    thread_attach();
    free(cmd);
    return MK_INT(r);
}

static Value wait_result(pid_t pid, int status, int e) {
    if (pid < 0)
        return err_from_errno(e, VNULL);
    return OBJ_VAL(tuple_pack(2, MK_INT(pid), MK_INT(status)));
}

static Value px_waitpid(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("waitpid", nargs, 2, 2) < 0)
        return VNULL;
    int pid, options;
    if (fd_arg(args[0], &pid) < 0 || fd_arg(args[1], &options) < 0)
        return VNULL;
    int e = 0;
    SysCall c = {.kind = SC_WAITPID, .pid = pid, .options = options};
    ssize_t r = syscall_retrying(&c, &e);
    return r == -2 ? VNULL : wait_result((pid_t)r, c.status, e);
}

static Value px_wait(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("wait", nargs, 0, 0) < 0)
        return VNULL;
    int e = 0;
    SysCall c = {.kind = SC_WAIT};
    ssize_t r = syscall_retrying(&c, &e);
    return r == -2 ? VNULL : wait_result((pid_t)r, c.status, e);
}

static Value px_waitstatus_to_exitcode(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("waitstatus_to_exitcode", nargs, 1, 1) < 0)
        return VNULL;
    int st;
    if (fd_arg(args[0], &st) < 0)
        return VNULL;
    if (WIFEXITED(st))
        return MK_INT(WEXITSTATUS(st));
    if (WIFSIGNALED(st))
        return MK_INT(-WTERMSIG(st));
    return err_format(&ValueError_type, "invalid wait status: %d", st);
}

static Value px_kill(Value self, Value *args, size_t nargs, Tuple *kw) {
    if (args_count("kill", nargs, 2, 2) < 0)
        return VNULL;
    int pid, sig;
    if (fd_arg(args[0], &pid) < 0 || fd_arg(args[1], &sig) < 0)
        return VNULL;
    if (kill(pid, sig) < 0)
        return err_from_errno(errno, VNULL);
    return NONE;
}

static Value px_getppid(Value self, Value *args, size_t nargs, Tuple *kw) {
    return MK_INT(getppid());
}

static const MethodDef posix_methods[] = {
    {"getcwd", px_getcwd, METH_NOKW},
    {"chdir", px_chdir, METH_NOKW},
    {"listdir", px_listdir, METH_NOKW},
    {"mkdir", px_mkdir, 0},
    {"rmdir", px_rmdir, METH_NOKW},
    {"unlink", px_unlink, METH_NOKW},
    {"remove", px_unlink, METH_NOKW},
    {"rename", px_rename, METH_NOKW},
    {"replace", px_rename, METH_NOKW},
    {"stat", px_stat, METH_NOKW},
    {"lstat", px_lstat, METH_NOKW},
    {"access", px_access, METH_NOKW},
    {"getpid", px_getpid, METH_NOKW},
    {"cpu_count", px_cpu_count, METH_NOKW},
    {"urandom", px_urandom, METH_NOKW},
    {"strerror", px_strerror, METH_NOKW},
    {"_exit", px_exit, METH_NOKW},
    {"isatty", px_isatty, METH_NOKW},
    {"putenv", px_putenv, METH_NOKW},
    {"unsetenv", px_unsetenv, METH_NOKW},
    {"pipe", px_pipe, METH_NOKW},
    {"read", px_read, METH_NOKW},
    {"write", px_write, METH_NOKW},
    {"close", px_close, METH_NOKW},
    {"fsync", px_fsync, METH_NOKW},
    {"system", px_system, METH_NOKW},
    {"waitpid", px_waitpid, METH_NOKW},
    {"wait", px_wait, METH_NOKW},
    {"waitstatus_to_exitcode", px_waitstatus_to_exitcode, METH_NOKW},
    {"kill", px_kill, METH_NOKW},
    {"getppid", px_getppid, METH_NOKW},
    {NULL},
};

Module *posixmodule_init(void) {
    Module *m = module_new(str_intern_cstr("posix"));
    if (!m || module_add_functions(m, posix_methods) < 0)
        return NULL;
    Dict *env = dict_new();
    if (!env)
        return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Str *k = str_decode_utf8(*e, (size_t)(eq - *e), "surrogateescape");
        Str *v = k ? str_decode_utf8(eq + 1, strlen(eq + 1), "surrogateescape") : NULL;
        if (!k || !v) {
            err_clear();
            continue;
        }
        if (dict_set(env, OBJ_VAL(k), OBJ_VAL(v)) < 0)
            return NULL;
    }
    if (module_add_value(m, "environ", OBJ_VAL(env)) < 0 ||
        module_add_value(m, "F_OK", MK_INT(F_OK)) < 0 ||
        module_add_value(m, "R_OK", MK_INT(R_OK)) < 0 ||
        module_add_value(m, "W_OK", MK_INT(W_OK)) < 0 ||
        module_add_value(m, "X_OK", MK_INT(X_OK)) < 0 ||
        module_add_value(m, "WNOHANG", MK_INT(WNOHANG)) < 0)
        return NULL;
    return m;
}
